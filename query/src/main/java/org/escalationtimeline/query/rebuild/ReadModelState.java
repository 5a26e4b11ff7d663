package org.escalationtimeline.query.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one row that says which generation answers reads and where a rebuild stands. Every change
 * is a conditional update, so nodes that race to make the same move make it once.
 */
@Component
public class ReadModelState {

    private final JdbcTemplate jdbc;

    public ReadModelState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param rebuilding the generation being rebuilt, or of the last rebuild once IDLE
     * @param startedMs  when the current (or last) rebuild started
     * @param finishedMs when the last rebuild switched reads to its generation
     * @param total      the head position when the rebuild started
     */
    public record State(int live, Integer rebuilding, RebuildPhase phase, Long startedMs, Long finishedMs, Long total) {
    }

    public State current() {
        return jdbc.queryForObject("SELECT live_generation, rebuild_generation, rebuild_phase, rebuild_started_ms, "
                        + "rebuild_finished_ms, rebuild_total FROM read_model WHERE id = 1",
                (rs, row) -> new State(rs.getInt(1), rs.getObject(2, Integer.class),
                        RebuildPhase.valueOf(rs.getString(3)), rs.getObject(4, Long.class), rs.getObject(5, Long.class),
                        rs.getObject(6, Long.class)));
    }

    boolean beginReset(int generation, long startedMs, long total) {
        return jdbc.update("UPDATE read_model SET rebuild_phase = 'RESETTING', rebuild_generation = ?, "
                        + "rebuild_started_ms = ?, rebuild_finished_ms = NULL, rebuild_total = ? "
                        + "WHERE id = 1 AND rebuild_phase = 'IDLE' AND live_generation <> ?",
                generation, startedMs, total, generation) == 1;
    }

    boolean beginRebuilding() {
        return jdbc.update("UPDATE read_model SET rebuild_phase = 'REBUILDING' WHERE id = 1 AND rebuild_phase = 'RESETTING'")
                == 1;
    }

    /** Reads switch to the rebuilt generation in this one update. */
    boolean switchTo(int generation, long finishedMs) {
        return jdbc.update("UPDATE read_model SET live_generation = ?, rebuild_phase = 'IDLE', rebuild_finished_ms = ? "
                + "WHERE id = 1 AND rebuild_phase = 'REBUILDING' AND rebuild_generation = ?",
                generation, finishedMs, generation) == 1;
    }

    void abandon() {
        jdbc.update("UPDATE read_model SET rebuild_phase = 'IDLE' WHERE id = 1 AND rebuild_phase = 'RESETTING'");
    }
}
