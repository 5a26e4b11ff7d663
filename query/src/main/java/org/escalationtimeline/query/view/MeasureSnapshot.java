package org.escalationtimeline.query.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.escalationtimeline.api.measure.MeasureStatus;
import org.escalationtimeline.api.query.ActorView;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;

/**
 * The state of one measure as of the cutoff of a read: the input of the stances.
 *
 * @param measureId    the measure's id
 * @param actor        who imposes (or threatens) it
 * @param targets      whom it is aimed at; {@code WORLD} aims it at every country, once
 *                     {@link #aimedAtCountriesOf} has named them
 * @param status       its status at the cutoff
 * @param announcedOn  the world date of its MeasureAnnounced; null if never announced
 * @param announcedBy  the event id of its MeasureAnnounced; null if none
 * @param threatenedBy the event id of its MeasureThreatened; null if none
 */
public record MeasureSnapshot(String measureId, ActorCode actor, List<ActorCode> targets, MeasureStatus status,
                              LocalDate announcedOn, UUID announcedBy, UUID threatenedBy) {

    /** The actor code of the target of measures aimed at every country. */
    public static final ActorCode WORLD = ActorCode.of("WORLD");

    /** The kinds of actor a measure aimed at WORLD bears on: countries, and blocs of them. */
    private static final Set<ActorKind> COUNTRIES = EnumSet.of(ActorKind.STATE, ActorKind.BLOC);

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

    /**
     * This measure with its aim at WORLD spelled out: besides WORLD itself, every state and bloc
     * among {@code actors} but its own actor. An organisation (the WTO, APEC) is not a country: a
     * measure aimed at every country is not aimed at it.
     */
    public MeasureSnapshot aimedAtCountriesOf(Collection<ActorView> actors) {
        if (!targets.contains(WORLD)) {
            return this;
        }
        List<ActorCode> aimedAt = new ArrayList<>(targets);
        actors.stream().filter(other -> COUNTRIES.contains(other.kind())).map(ActorView::code)
                .filter(code -> !code.equals(actor) && !aimedAt.contains(code)).forEach(aimedAt::add);
        return new MeasureSnapshot(measureId, actor, aimedAt, status, announcedOn, announcedBy, threatenedBy);
    }

    /** Whether it is aimed at {@code actor} by name (see {@link #aimedAtCountriesOf}); never at its own actor. */
    public boolean targets(ActorCode actor) {
        return !actor.equals(this.actor) && targets.contains(actor);
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
