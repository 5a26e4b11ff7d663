package org.escalationtimeline.query.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import org.escalationtimeline.api.scoring.QuadClass;

/**
 * One recorded event that joins the two actors of a pair, in either direction (DESIGN §5, last
 * paragraph): the input of the tension of that pair. An event counts once per pair.
 *
 * @param eventId   the event's id
 * @param date      its world date (the first day of its period)
 * @param position  its global position in the event store (orders events of one date)
 * @param goldstein its Goldstein weight, −10 to +10: conflict below zero, cooperation above
 * @param quadClass its QuadClass
 */
public record PairEvent(UUID eventId, LocalDate date, long position, double goldstein, QuadClass quadClass) {

    /** Date, then position (then id, for events that share both). */
    static final Comparator<PairEvent> ORDER = Comparator.comparing(PairEvent::date)
            .thenComparingLong(PairEvent::position)
            .thenComparing(PairEvent::eventId);

    public PairEvent {
        Objects.requireNonNull(eventId, "eventId");
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
