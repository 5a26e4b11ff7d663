package org.escalationtimeline.query.read;

import org.escalationtimeline.api.query.EventEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The developments of aggregates as known at a cutoff, in the world's order: what the state of
 * one measure, statement, protest or meeting is folded from, without touching the event store.
 */
@Component
public class AggregateHistory {

    private final JdbcTemplate jdbc;
    private final LiveGeneration live;

    public AggregateHistory(JdbcTemplate jdbc, LiveGeneration live) {
        this.jdbc = jdbc;
        this.live = live;
    }

    /**
     * One step of an aggregate's history: the entry as the event list shows it, the event's own
     * fields, and its sequence in the aggregate.
     */
    public record Step(EventEntry entry, String payload, long sequenceNumber) {
    }

    public List<Step> of(String aggregateId, Cutoff cutoff) {
        List<Object> args = new ArrayList<>();
        String visible = Visibility.clause("v", live.number(), cutoff, args);
        args.add(aggregateId);
        return jdbc.query("SELECT * FROM record_version v WHERE " + visible + " AND v.aggregate_id = ?"
                        + " ORDER BY v.world_date, v.position",
                (rs, row) -> step(rs), args.toArray());
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

    /** Every step of every aggregate of a type, grouped by aggregate in the world's order. */
    public List<Step> ofType(String aggregateType, Cutoff cutoff) {
        List<Object> args = new ArrayList<>();
        String visible = Visibility.clause("v", live.number(), cutoff, args);
        args.add(aggregateType);
        return jdbc.query("SELECT * FROM record_version v WHERE " + visible + " AND v.aggregate_type = ?"
                        + " ORDER BY v.aggregate_id, v.world_date, v.position",
                (rs, row) -> step(rs), args.toArray());
    }

    private static Step step(ResultSet rs) throws SQLException {
        return new Step(EventReader.entry(rs), rs.getString("payload"), rs.getLong("sequence_number"));
    }
}
