package org.escalationtimeline.query.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The one row that says which generation answers reads and where a rebuild stands. Every change
 * is a conditional update, so nodes that race to make the same move make it once.
 */
@Component
public class ReadModelState {

    private static final String COLUMNS = "live_generation, rebuild_generation, rebuild_phase, rebuild_started_ms, "
            + "rebuild_finished_ms, rebuild_total, rebuild_owner, rebuild_lease_until_ms";

    private final JdbcTemplate jdbc;

    public ReadModelState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param rebuilding   the generation being rebuilt, or of the last rebuild once IDLE
     * @param startedMs    when the current (or last) rebuild started
     * @param finishedMs   when the last rebuild switched reads to its generation
     * @param total        the head position when the rebuild started
     * @param owner        the node driving the rebuild, while one runs
     * @param leaseUntilMs until when that node is taken to drive it unless it renews its lease
     */
    public record State(int live, Integer rebuilding, RebuildPhase phase, Long startedMs, Long finishedMs, Long total,
                        String owner, Long leaseUntilMs) {

        boolean heldBy(String node) {
            return phase != RebuildPhase.IDLE && node.equals(owner);
        }

        /** A rebuild whose owner stopped renewing its lease before {@code now}. */
        boolean leaseLapsedAt(Instant now) {
            return phase != RebuildPhase.IDLE && (leaseUntilMs == null || leaseUntilMs < now.toEpochMilli());
        }
    }

    public State current() {
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM read_model WHERE id = 1",
                (rs, row) -> new State(rs.getInt(1), rs.getObject(2, Integer.class),
                        RebuildPhase.valueOf(rs.getString(3)), rs.getObject(4, Long.class), rs.getObject(5, Long.class),
                        rs.getObject(6, Long.class), rs.getString(7), rs.getObject(8, Long.class)));
    }

    boolean beginReset(int generation, long startedMs, long total, String owner, Instant leaseUntil) {
        return jdbc.update("UPDATE read_model SET rebuild_phase = 'RESETTING', rebuild_generation = ?, "
                        + "rebuild_started_ms = ?, rebuild_finished_ms = NULL, rebuild_total = ?, rebuild_owner = ?, "
                        + "rebuild_lease_until_ms = ? WHERE id = 1 AND rebuild_phase = 'IDLE' AND live_generation <> ?",
                generation, startedMs, total, owner, leaseUntil.toEpochMilli(), generation) == 1;
    }

    boolean beginRebuilding(String owner) {
        return jdbc.update("UPDATE read_model SET rebuild_phase = 'REBUILDING' WHERE id = 1 "
                + "AND rebuild_phase = 'RESETTING' AND rebuild_owner = ?", owner) == 1;
    }

    /** False when the node no longer holds the rebuild: it ended, or another node abandoned it. */
    boolean renew(String owner, Instant leaseUntil) {
        return jdbc.update("UPDATE read_model SET rebuild_lease_until_ms = ? WHERE id = 1 "
                + "AND rebuild_phase <> 'IDLE' AND rebuild_owner = ?", leaseUntil.toEpochMilli(), owner) == 1;
    }

    /** Reads switch to the rebuilt generation in this one update. */
    boolean switchTo(int generation, long finishedMs) {
        return jdbc.update("UPDATE read_model SET live_generation = ?, rebuild_phase = 'IDLE', rebuild_finished_ms = ?, "
                + "rebuild_owner = NULL, rebuild_lease_until_ms = NULL "
                + "WHERE id = 1 AND rebuild_phase = 'REBUILDING' AND rebuild_generation = ?",
                generation, finishedMs, generation) == 1;
    }

    /**
     * Back to IDLE, reads on the live generation, if the rebuild is still the one {@code seen} (same owner, same
     * lease): a renewal that came in between wins.
     */
    boolean abandon(State seen) {
        // A rebuild stuck from before leases existed has neither owner nor lease.
        if (seen.owner() == null) {
            return jdbc.update("UPDATE read_model SET rebuild_phase = 'IDLE', rebuild_lease_until_ms = NULL "
                    + "WHERE id = 1 AND rebuild_phase = ? AND rebuild_owner IS NULL", seen.phase().name()) == 1;
        }
        return jdbc.update("UPDATE read_model SET rebuild_phase = 'IDLE', rebuild_owner = NULL, "
                        + "rebuild_lease_until_ms = NULL WHERE id = 1 AND rebuild_phase = ? AND rebuild_owner = ? "
                        + "AND rebuild_lease_until_ms = ?",
                seen.phase().name(), seen.owner(), seen.leaseUntilMs()) == 1;
    }

    /** The owner gives its rebuild up, in whatever phase it is. */
    void abandon(String owner) {
        jdbc.update("UPDATE read_model SET rebuild_phase = 'IDLE', rebuild_owner = NULL, rebuild_lease_until_ms = NULL "
                + "WHERE id = 1 AND rebuild_phase <> 'IDLE' AND rebuild_owner = ?", owner);
    }
}
