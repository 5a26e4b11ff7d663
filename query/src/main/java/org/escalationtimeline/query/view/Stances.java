package org.escalationtimeline.query.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.escalationtimeline.api.value.ActorCode;

/**
 * The stances of DESIGN §6: the posture of A toward B at {@code asOf}, from A's measures and
 * threats as of then and from the A→B events of the {@code windowDays} days ending there (date
 * after asOf − windowDays, on or before asOf).
 */
public final class Stances {

    /** The window when the request names none. */
    public static final int DEFAULT_WINDOW_DAYS = 90;

    private Stances() {
    }

    /**
     * The stance of {@code a} toward {@code b}.
     *
     * @param eventsAToB the A→B events up to asOf (others in the list are left out, an id counts once)
     * @param measures   the state of the measures as of the cutoff (any actor: those of A and B are picked)
     */
    public static Stance of(ActorCode a, ActorCode b, LocalDate asOf, int windowDays, List<DirectedEvent> eventsAToB,
                            List<MeasureSnapshot> measures) {
        PairFacts facts = PairFacts.of(a, b, asOf, windowDays, eventsAToB, measures);
        PostureRules.Decision decision = PostureRules.decide(facts);
        BigDecimal sum = BigDecimal.ZERO;
        for (DirectedEvent event : facts.window()) {
            sum = sum.add(Reported.decimal(event.goldstein()), Reported.MATH);
        }
        List<String> active = facts.imposed().stream().map(MeasureSnapshot::measureId).sorted().toList();
        return new Stance(a, b, decision.posture(), Reported.quadClasses(facts.window(), DirectedEvent::quadClass),
                Reported.number(sum), active, decision.basis());
    }

    /**
     * The stance of every actor toward every other, for each ordered pair with at least one event
     * up to asOf between them in either direction; other pairs are left out. By actor, then toward.
     *
     * @param events every directed event up to asOf
     */
    public static List<Stance> all(LocalDate asOf, int windowDays, List<DirectedEvent> events,
                                   List<MeasureSnapshot> measures) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(measures, "measures");
        if (windowDays < 1) {
            throw new IllegalArgumentException("the window must be at least one day, was " + windowDays);
        }
        record Pair(ActorCode actor, ActorCode toward) {
        }
        Map<Pair, List<DirectedEvent>> byPair = new HashMap<>();
        TreeSet<Pair> pairs = new TreeSet<>(Comparator.comparing(Pair::actor).thenComparing(Pair::toward));
        for (DirectedEvent event : events) {
            if (event.source().equals(event.target()) || event.date().isAfter(asOf)) {
                continue;
            }
            Pair pair = new Pair(event.source(), event.target());
            byPair.computeIfAbsent(pair, p -> new ArrayList<>()).add(event);
            pairs.add(pair);
            pairs.add(new Pair(event.target(), event.source()));
        }
        return pairs.stream()
                .map(p -> of(p.actor(), p.toward(), asOf, windowDays, byPair.getOrDefault(p, List.of()), measures))
                .toList();
    }
}
