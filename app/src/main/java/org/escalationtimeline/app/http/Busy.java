package org.escalationtimeline.app.http;

import java.time.Duration;

/** The node is at a bound it keeps (streams, requests at once): a 503 problem asking the client to retry later. */
public class Busy extends RuntimeException {

    private final Duration retryAfter;

    public Busy(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    /** What {@code Retry-After} says: whole seconds, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
