package org.escalationtimeline.app.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code timeline.requests.*}: how many requests of each side one node handles at once (RequestLimitFilter). A request
 * beyond them waits up to {@code maxWait} for one to finish, then is answered 503 with {@code Retry-After} before any
 * of its work is done; the event stream has its own bound ({@code timeline.stream.*}), the actuator none.
 *
 * @param maxConcurrentWrites writes and imports at once; each holds a database connection while it appends
 * @param maxConcurrentReads  reads, exports and read-model administration at once
 * @param maxWait             how long a request beyond them waits for a turn
 */
@ConfigurationProperties(prefix = "timeline.requests")
public record RequestLimits(@DefaultValue("16") int maxConcurrentWrites,
                            @DefaultValue("32") int maxConcurrentReads,
                            @DefaultValue("1s") Duration maxWait) {

    public RequestLimits {
        if (maxConcurrentWrites < 1 || maxConcurrentReads < 1) {
            throw new IllegalArgumentException("timeline.requests.max-concurrent-writes and -reads must be at least 1");
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("timeline.requests.max-wait must not be negative");
        }
    }
}
