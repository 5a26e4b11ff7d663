package org.escalationtimeline.query;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.escalationtimeline.query.rebuild.Switchboard;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Shares the projection's segments out evenly among the query nodes that are alive, so that a node started again,
 * or resumed after a hang, takes its part of the work back instead of idling while another node holds every segment.
 * <p>
 * Axon's pooled processor claims up to what its {@link MaxSegmentProvider} allows and releases what it holds above
 * it, but without Axon Server nothing tells it how many nodes there are: each node says it is alive in
 * {@code read_model_node} at every reconcile, and counts the nodes seen within the claim timeout. A node that dies
 * drops out of the count as its claims lapse, so the others may then claim its segments. The instants are each
 * node's clock, as the rebuild lease's are: NTP keeps them far closer than a claim timeout.
 */
@Component
public class SegmentShare implements MaxSegmentProvider {

    /** A node not seen for a day is forgotten: node names change when containers are replaced. */
    private static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;
    private final Duration alive;
    private volatile int nodes = 1;

    SegmentShare(JdbcTemplate jdbc, Clock clock, Switchboard.Lease lease, SegmentClaims claims) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = lease.node();
        this.alive = claims.timeout();
    }

    @Scheduled(fixedDelayString = "${timeline.read-model.reconcile-ms:1000}")
    public void heartbeat() {
        long now = clock.millis();
        if (jdbc.update("UPDATE read_model_node SET seen_ms = ? WHERE node_id = ?", now, node) == 0) {
            jdbc.update("INSERT INTO read_model_node (node_id, seen_ms) VALUES (?, ?)", node, now);
        }
        jdbc.update("DELETE FROM read_model_node WHERE seen_ms < ?", now - FORGOTTEN_AFTER.toMillis());
        Integer seen = jdbc.queryForObject("SELECT COUNT(*) FROM read_model_node WHERE seen_ms >= ?", Integer.class,
                now - alive.toMillis());
        nodes = Math.max(1, seen == null ? 1 : seen);
    }

    /** This node's even share of the segments, rounded up so that the shares cover every segment. */
    @Override
    public int getMaxSegments(String processingGroup) {
        int count = nodes;
        return (ReadSideProcessing.SEGMENTS + count - 1) / count;
    }
}
