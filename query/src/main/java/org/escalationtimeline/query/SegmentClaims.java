package org.escalationtimeline.query;

import java.time.Duration;

/**
 * How long a node's claim on a segment of the projection holds without being renewed
 * ({@code timeline.read-model.claim-timeout}): once a node dies or hangs that long, the other nodes take its segments
 * over. The renewals and the look-outs for free segments follow from it, so that one setting bounds the takeover.
 *
 * @param timeout the token store's claim timeout
 */
public record SegmentClaims(Duration timeout) {

    public SegmentClaims {
        if (timeout == null || timeout.toMillis() < 1000) {
            throw new IllegalArgumentException("the claim timeout must be at least 1s, not " + timeout);
        }
    }

    /**
     * A segment, busy or quiet, renews its claim and stores how far it has come every second (every third of the
     * timeout if that is shorter): only a node that stops loses a claim, and the other nodes' reads, which learn a
     * quiet segment's progress from its stored token (ProjectedPositions), trail it by a second at most.
     */
    long extensionThresholdMs() {
        return Math.min(1000, timeout.toMillis() / 3);
    }

    /**
     * How often a processor looks for segments to claim (a lapsed claim, a share freed by another node): five times
     * a timeout, so a dead node's segments move within about 1.2 timeouts.
     */
    long claimIntervalMs() {
        return timeout.toMillis() / 5;
    }
}
