package org.escalationtimeline.query.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import org.escalationtimeline.api.scoring.QuadClass;
import org.escalationtimeline.api.value.ActorCode;

/**
 * One recorded event seen from its source toward one of its targets (DESIGN §5, direction): the
 * input of the stances. A call or meeting is given once for each direction between participants.
 *
 * @param eventId   the event's id
 * @param source    the actor it comes from
 * @param target    the actor it is aimed at
 * @param date      its world date (the first day of its period)
 * @param position  its global position in the event store (orders events of one date)
 * @param goldstein its Goldstein weight: conflict below zero, cooperation above
 * @param quadClass its QuadClass
 */
public record DirectedEvent(UUID eventId, ActorCode source, ActorCode target, LocalDate date, long position,
                            double goldstein, QuadClass quadClass) {

    /** Date, then position (then id). */
    static final Comparator<DirectedEvent> ORDER = Comparator.comparing(DirectedEvent::date)
            .thenComparingLong(DirectedEvent::position)
            .thenComparing(DirectedEvent::eventId);

    public DirectedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(quadClass, "quadClass");
        if (!Double.isFinite(goldstein)) {
            throw new IllegalArgumentException("goldstein must be a finite number, was " + goldstein);
        }
    }

    boolean conflict() {
        return goldstein < 0;
    }

    boolean cooperation() {
        return goldstein > 0;
    }
}
