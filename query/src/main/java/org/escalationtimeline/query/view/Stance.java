package org.escalationtimeline.query.view;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.escalationtimeline.api.value.ActorCode;

/**
 * The stance of {@code actor} toward {@code toward} at a cutoff (Appendix A, {@code stances}).
 *
 * @param actor          A
 * @param toward         B
 * @param posture        the first rule of DESIGN §6 that holds
 * @param quadClasses    how many A→B events of the window fell in QuadClass 1, 2, 3 and 4
 * @param goldsteinSum   the sum of their weights
 * @param activeMeasures the ids of A's measures in force or eased against B, sorted
 * @param basis          the ids of the events that decided the posture, by (date, position)
 */
public record Stance(ActorCode actor, ActorCode toward, Posture posture, List<Integer> quadClasses,
                     double goldsteinSum, List<String> activeMeasures, List<UUID> basis) {

    public Stance {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(toward, "toward");
        Objects.requireNonNull(posture, "posture");
        quadClasses = List.copyOf(quadClasses);
        activeMeasures = List.copyOf(activeMeasures);
        basis = List.copyOf(basis);
    }
}
