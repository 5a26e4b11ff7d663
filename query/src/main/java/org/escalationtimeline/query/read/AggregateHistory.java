package org.escalationtimeline.query.read;

import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.query.EarlierRevisions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The developments of aggregates as known at a cutoff, each aggregate's in its own sequence: what
 * the state of one measure, statement, protest or meeting is folded from, without touching the
 * event store.
 * <p>
 * What counts as of a date: the write side took an aggregate's developments one after the other,
 * so they happened in that sequence, whatever their world dates say. A vaguer date ("eased
 * 2025-10", whose first day is the 1st, after "announced 2025-10-09") or a corrected one can
 * date a development before one it followed. So a development counts as of {@code asOf} when it
 * and every development before it in the sequence are dated on or before asOf: it takes effect no
 * earlier than what it followed, and the state is folded in the sequence, never in date order.
 */
@Component
public class AggregateHistory {

    private final JdbcTemplate jdbc;
    private final LiveGeneration live;
    private final EarlierRevisions revisions;

    public AggregateHistory(JdbcTemplate jdbc, LiveGeneration live, EarlierRevisions revisions) {
        this.jdbc = jdbc;
        this.live = live;
        this.revisions = revisions;
    }

    /**
     * One step of an aggregate's history: the entry as the event list shows it (with the date as
     * corrected), its sequence in the aggregate, and the event as it was written (under the revision
     * of its class then).
     */
    public static final class Step {

        private final EventEntry entry;
        private final long sequenceNumber;
        private final String payload;
        private final String payloadRevision;
        private final EarlierRevisions revisions;

        Step(EventEntry entry, long sequenceNumber, String payload, String payloadRevision, EarlierRevisions revisions) {
            this.entry = entry;
            this.sequenceNumber = sequenceNumber;
            this.payload = payload;
            this.payloadRevision = payloadRevision;
            this.revisions = revisions;
        }

        public EventEntry entry() {
            return entry;
        }

        public long sequenceNumber() {
            return sequenceNumber;
        }

        /** The development as today's event class, for the fold that knows its kind. */
        public <T extends RecordedDevelopment> T as(Class<T> type) {
            return revisions.read(payload, payloadRevision, type);
        }
    }

    /** The aggregate's developments that count at the cutoff, in its sequence. */
    public List<Step> of(String aggregateId, Cutoff cutoff) {
        List<Object> args = new ArrayList<>();
        String known = Visibility.known("v", live.number(), cutoff, args);
        args.add(aggregateId);
        return counting(jdbc.query("SELECT * FROM record_version v WHERE " + known + " AND v.aggregate_id = ?"
                        + " ORDER BY v.sequence_number", (rs, row) -> step(rs), args.toArray()), cutoff.asOf());
    }

    /**
     * The aggregate's version at the cutoff: the sequence of its latest event dated by asOf and
     * recorded by knownAt, retracted records included (a retraction takes a record out of reads,
     * not out of the aggregate, whose next write still follows it).
     */
    public Optional<Long> version(String aggregateId, Cutoff cutoff) {
        Long version = jdbc.queryForObject("SELECT MAX(sequence_number) FROM record_version WHERE generation = ? "
                        + "AND aggregate_id = ? AND recorded_ms <= ? AND world_date <= ?", Long.class, live.number(),
                aggregateId, cutoff.knownAtMs(), Date.valueOf(cutoff.asOf()));
        return Optional.ofNullable(version);
    }

    /** The developments that count at the cutoff of every aggregate of a type, by aggregate, each in its sequence. */
    public Map<String, List<Step>> ofType(String aggregateType, Cutoff cutoff) {
        List<Object> args = new ArrayList<>();
        String known = Visibility.known("v", live.number(), cutoff, args);
        args.add(aggregateType);
        Map<String, List<Step>> byAggregate = jdbc.query("SELECT * FROM record_version v WHERE " + known
                        + " AND v.aggregate_type = ? ORDER BY v.aggregate_id, v.sequence_number",
                (rs, row) -> step(rs), args.toArray()).stream()
                .collect(Collectors.groupingBy(step -> step.entry().aggregate().id(), LinkedHashMap::new,
                        Collectors.toList()));
        byAggregate.replaceAll((id, steps) -> counting(steps, cutoff.asOf()));
        byAggregate.values().removeIf(List::isEmpty);
        return byAggregate;
    }

    /** The longest run of the sequence dated on or before asOf (see the class comment). */
    private static List<Step> counting(List<Step> inSequence, LocalDate asOf) {
        return inSequence.stream().takeWhile(step -> !step.entry().date().isAfter(asOf)).toList();
    }

    private Step step(ResultSet rs) throws SQLException {
        return new Step(EventReader.entry(rs), rs.getLong("sequence_number"), rs.getString("payload"),
                rs.getString("payload_revision"), revisions);
    }
}
