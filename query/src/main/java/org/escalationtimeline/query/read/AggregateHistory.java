package org.escalationtimeline.query.read;

import org.escalationtimeline.api.query.EventEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

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

    /** One step of an aggregate's history: the entry as the event list shows it, and the event's own fields. */
    public record Step(EventEntry entry, String payload) {
    }

    public List<Step> of(String aggregateId, Cutoff cutoff) {
        List<Object> args = new ArrayList<>();
        String visible = Visibility.clause("v", live.number(), cutoff, args);
        args.add(aggregateId);
        return jdbc.query("SELECT * FROM record_version v WHERE " + visible + " AND v.aggregate_id = ?"
                        + " ORDER BY v.world_date, v.position",
                (rs, row) -> new Step(EventReader.entry(rs), rs.getString("payload")), args.toArray());
    }

    /** Every step of every aggregate of a type, grouped by aggregate in the world's order. */
    public List<Step> ofType(String aggregateType, Cutoff cutoff) {
        List<Object> args = new ArrayList<>();
        String visible = Visibility.clause("v", live.number(), cutoff, args);
        args.add(aggregateType);
        return jdbc.query("SELECT * FROM record_version v WHERE " + visible + " AND v.aggregate_type = ?"
                        + " ORDER BY v.aggregate_id, v.world_date, v.position",
                (rs, row) -> new Step(EventReader.entry(rs), rs.getString("payload")), args.toArray());
    }
}
