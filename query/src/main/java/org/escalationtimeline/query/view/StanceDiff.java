package org.escalationtimeline.query.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.escalationtimeline.api.value.ActorCode;

/**
 * What moved between the stances at two cutoffs: every ordered pair whose posture differs, a
 * pair missing on one side counting as NEUTRAL there. By actor, then toward.
 */
public record StanceDiff(List<PostureChange> changes) {

    public StanceDiff {
        changes = List.copyOf(changes);
    }

    public static StanceDiff between(List<Stance> before, List<Stance> after) {
        Map<String, Stance> was = byPair(before, "before");
        Map<String, Stance> is = byPair(after, "after");
        TreeSet<String> keys = new TreeSet<>(was.keySet());
        keys.addAll(is.keySet());
        List<PostureChange> changes = new ArrayList<>();
        for (String key : keys) {
            Stance one = was.getOrDefault(key, is.get(key));
            Posture from = posture(was.get(key));
            Posture to = posture(is.get(key));
            if (from != to) {
                changes.add(new PostureChange(one.actor(), one.toward(), from, to));
            }
        }
        changes.sort(Comparator.comparing(PostureChange::actor).thenComparing(PostureChange::toward));
        return new StanceDiff(changes);
    }

    private static Posture posture(Stance stance) {
        return stance == null ? Posture.NEUTRAL : stance.posture();
    }

    private static Map<String, Stance> byPair(List<Stance> stances, String side) {
        Map<String, Stance> byPair = new TreeMap<>();
        for (Stance stance : stances) {
            if (byPair.put(key(stance.actor(), stance.toward()), stance) != null) {
                throw new IllegalArgumentException(
                        "two stances of " + stance.actor() + " toward " + stance.toward() + " " + side);
            }
        }
        return byPair;
    }

    private static String key(ActorCode actor, ActorCode toward) {
        return actor.value() + "\u0000" + toward.value();
    }
}
