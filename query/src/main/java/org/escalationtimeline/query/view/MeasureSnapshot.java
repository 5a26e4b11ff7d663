package org.escalationtimeline.query.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.escalationtimeline.api.measure.MeasureStatus;
import org.escalationtimeline.api.value.ActorCode;

/**
 * The state of one measure as of the cutoff of a read: the input of the stances.
 *
 * @param measureId    the measure's id
 * @param actor        who imposes (or threatens) it
 * @param targets      whom it is aimed at; {@code WORLD} aims it at every country
 * @param status       its status at the cutoff
 * @param announcedOn  the world date of its MeasureAnnounced; null if never announced
 * @param announcedBy  the event id of its MeasureAnnounced; null if none
 * @param threatenedBy the event id of its MeasureThreatened; null if none
 */
public record MeasureSnapshot(String measureId, ActorCode actor, List<ActorCode> targets, MeasureStatus status,
                              LocalDate announcedOn, UUID announcedBy, UUID threatenedBy) {

    /** The actor code of the target of measures aimed at every country. */
    public static final ActorCode WORLD = ActorCode.of("WORLD");

    public MeasureSnapshot {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(status, "status");
        targets = List.copyOf(targets);
    }

    /** Whether it bears on its targets: IN_FORCE or EASED (SUSPENDED, THREATENED and LIFTED do not). */
    public boolean active() {
        return status.active();
    }

    /** Whether it is aimed at {@code actor}: named, or through WORLD; never at its own actor. */
    public boolean targets(ActorCode actor) {
        return !actor.equals(this.actor) && (targets.contains(actor) || targets.contains(WORLD));
    }

    /** Whether {@code from} imposes it, in force or eased, on {@code toward}. */
    boolean activeMeasure(ActorCode from, ActorCode toward) {
        return actor.equals(from) && active() && targets(toward);
    }

    /** Whether {@code from} threatens {@code toward} with it and has not carried it out or withdrawn it. */
    boolean openThreat(ActorCode from, ActorCode toward) {
        return actor.equals(from) && status == MeasureStatus.THREATENED && targets(toward);
    }
}
