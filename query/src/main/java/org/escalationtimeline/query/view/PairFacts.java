package org.escalationtimeline.query.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.escalationtimeline.api.value.ActorCode;

/**
 * What the posture rules of A toward B read, gathered once.
 *
 * @param actor     A
 * @param toward    B
 * @param imposed   A's measures in force or eased against B, by (announcedOn, id)
 * @param suffered  B's measures in force or eased against A, by (announcedOn, id)
 * @param threats   A's open threats against B (status THREATENED), by id
 * @param window    the A→B events of the window, by (date, position)
 * @param known     every A→B event up to the cutoff, by id: orders the basis
 */
record PairFacts(ActorCode actor, ActorCode toward, List<MeasureSnapshot> imposed, List<MeasureSnapshot> suffered,
                 List<MeasureSnapshot> threats, List<DirectedEvent> window, Map<UUID, DirectedEvent> known) {

    private static final Comparator<MeasureSnapshot> BY_ANNOUNCEMENT =
            Comparator.comparing(MeasureSnapshot::announcedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(MeasureSnapshot::measureId);

    static PairFacts of(ActorCode a, ActorCode b, LocalDate asOf, int windowDays, List<DirectedEvent> eventsAToB,
                        List<MeasureSnapshot> measures) {
        Objects.requireNonNull(a, "actor");
        Objects.requireNonNull(b, "toward");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(eventsAToB, "events");
        Objects.requireNonNull(measures, "measures");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a stance needs two actors, got " + a + " twice");
        }
        if (windowDays < 1) {
            throw new IllegalArgumentException("the window must be at least one day, was " + windowDays);
        }
        LocalDate opens = asOf.minusDays(windowDays);
        Map<UUID, DirectedEvent> known = new LinkedHashMap<>();
        eventsAToB.stream()
                .filter(e -> e.source().equals(a) && e.target().equals(b) && !e.date().isAfter(asOf))
                .sorted(DirectedEvent.ORDER)
                .forEach(e -> known.putIfAbsent(e.eventId(), e));
        List<DirectedEvent> window = known.values().stream().filter(e -> e.date().isAfter(opens)).toList();
        return new PairFacts(a, b,
                measures.stream().filter(m -> m.activeMeasure(a, b)).sorted(BY_ANNOUNCEMENT).toList(),
                measures.stream().filter(m -> m.activeMeasure(b, a)).sorted(BY_ANNOUNCEMENT).toList(),
                measures.stream().filter(m -> m.openThreat(a, b))
                        .sorted(Comparator.comparing(MeasureSnapshot::measureId)).toList(),
                window, Map.copyOf(known));
    }

    List<DirectedEvent> conflicts() {
        return window.stream().filter(DirectedEvent::conflict).toList();
    }

    List<DirectedEvent> cooperation() {
        return window.stream().filter(DirectedEvent::cooperation).toList();
    }

    /** The window's cooperation events after its first conflict, by (date, position); none without conflict. */
    List<DirectedEvent> cooperationAfterFirstConflict() {
        List<DirectedEvent> conflicts = conflicts();
        if (conflicts.isEmpty()) {
            return List.of();
        }
        DirectedEvent first = conflicts.get(0);
        return cooperation().stream().filter(e -> DirectedEvent.ORDER.compare(e, first) > 0).toList();
    }

    /** The announcement event ids of these measures, by (date, position). */
    List<UUID> announcements(Stream<MeasureSnapshot> measures) {
        return inEventOrder(measures, MeasureSnapshot::announcedBy, MeasureSnapshot::announcedOn);
    }

    /** The threat event ids of these measures, by (date, position). */
    List<UUID> threatEvents(Stream<MeasureSnapshot> measures) {
        return inEventOrder(measures, MeasureSnapshot::threatenedBy, m -> null);
    }

    /**
     * Event ids of measures in (date, position) order: the date and position of the A→B event
     * with that id when it is known, otherwise the measure's date (unknown dates last) after the
     * known events of that date; the id breaks the remaining ties.
     */
    private List<UUID> inEventOrder(Stream<MeasureSnapshot> measures, Function<MeasureSnapshot, UUID> eventId,
                                    Function<MeasureSnapshot, LocalDate> fallbackDate) {
        record Ref(UUID id, LocalDate date, long position) {
        }
        return measures
                .filter(m -> eventId.apply(m) != null)
                .map(m -> {
                    UUID id = eventId.apply(m);
                    DirectedEvent event = known.get(id);
                    if (event != null) {
                        return new Ref(id, event.date(), event.position());
                    }
                    LocalDate date = fallbackDate.apply(m);
                    return new Ref(id, date == null ? LocalDate.MAX : date, Long.MAX_VALUE);
                })
                .sorted(Comparator.comparing(Ref::date).thenComparingLong(Ref::position).thenComparing(Ref::id))
                .map(Ref::id)
                .distinct()
                .toList();
    }

    static List<UUID> ids(List<DirectedEvent> events) {
        return events.stream().map(DirectedEvent::eventId).toList();
    }
}
