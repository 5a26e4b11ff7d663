package org.escalationtimeline.query.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The rows of the stance table of DESIGN §6, one function each. A rule answers the ids of the
 * events that make it hold (its basis), or nothing when it does not hold; the posture is the
 * first rule, in the order of {@link Posture}, that holds.
 */
final class PostureRules {

    /** The posture and the events that decided it. */
    record Decision(Posture posture, List<UUID> basis) {
    }

    private PostureRules() {
    }

    static Decision decide(PairFacts facts) {
        for (Posture posture : Posture.values()) {
            Optional<List<UUID>> basis = rule(posture, facts);
            if (basis.isPresent()) {
                return new Decision(posture, basis.get());
            }
        }
        throw new IllegalStateException("NEUTRAL always holds");
    }

    static Optional<List<UUID>> rule(Posture posture, PairFacts facts) {
        return switch (posture) {
            case RETALIATING -> retaliating(facts);
            case COERCING -> coercing(facts);
            case THREATENING -> threatening(facts);
            case PROTESTING -> protesting(facts);
            case HEDGING -> hedging(facts);
            case ENGAGING -> engaging(facts);
            case NEUTRAL -> neutral(facts);
        };
    }

    /**
     * A has a measure in force or eased against B, and B has one against A announced strictly
     * before (by date) A's earliest such measure. Basis: the announcements of B's earlier
     * measures and of A's measures.
     */
    static Optional<List<UUID>> retaliating(PairFacts facts) {
        Optional<LocalDate> earliest = facts.imposed().stream()
                .map(MeasureSnapshot::announcedOn).filter(Objects::nonNull).min(LocalDate::compareTo);
        if (earliest.isEmpty()) {
            return Optional.empty();
        }
        List<MeasureSnapshot> earlier = facts.suffered().stream()
                .filter(m -> m.announcedOn() != null && m.announcedOn().isBefore(earliest.get()))
                .toList();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(facts.announcements(Stream.concat(earlier.stream(), facts.imposed().stream())));
    }

    /** A has a measure in force or eased against B. Basis: their announcements. */
    static Optional<List<UUID>> coercing(PairFacts facts) {
        if (facts.imposed().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(facts.announcements(facts.imposed().stream()));
    }

    /** A has an open threat (status THREATENED) against B. Basis: the threats. */
    static Optional<List<UUID>> threatening(PairFacts facts) {
        if (facts.threats().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(facts.threatEvents(facts.threats().stream()));
    }

    /**
     * Conflict from A to B in the window, and no cooperation from A to B after the first of it.
     * Basis: the window's conflict events.
     */
    static Optional<List<UUID>> protesting(PairFacts facts) {
        List<DirectedEvent> conflicts = facts.conflicts();
        if (conflicts.isEmpty() || !facts.cooperationAfterFirstConflict().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PairFacts.ids(conflicts));
    }

    /**
     * Conflict from A to B in the window, and cooperation from A to B after the first of it.
     * Basis: the first conflict and the cooperation after it.
     */
    static Optional<List<UUID>> hedging(PairFacts facts) {
        List<DirectedEvent> after = facts.cooperationAfterFirstConflict();
        if (after.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> basis = new ArrayList<>();
        basis.add(facts.conflicts().get(0).eventId());
        basis.addAll(PairFacts.ids(after));
        return Optional.of(List.copyOf(basis));
    }

    /** Cooperation from A to B in the window, and no conflict. Basis: the window's cooperation. */
    static Optional<List<UUID>> engaging(PairFacts facts) {
        List<DirectedEvent> cooperation = facts.cooperation();
        if (cooperation.isEmpty() || !facts.conflicts().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PairFacts.ids(cooperation));
    }

    /** None of the above. No basis. */
    static Optional<List<UUID>> neutral(PairFacts facts) {
        return Optional.of(List.of());
    }
}
