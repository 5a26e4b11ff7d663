package org.escalationtimeline.app.read;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code timeline.stream.*}: the bounds of {@code GET /api/stream} on one node.
 *
 * @param maxClients   streams open at once; one more is answered 503 with {@code Retry-After}
 * @param buffer       events held for one client that the network has not taken yet
 * @param stallTimeout how long a client whose buffer is full may take nothing before it is dropped: it has fallen
 *                     behind by more than {@code buffer} events and reconnects from its {@code Last-Event-ID}
 */
@ConfigurationProperties(prefix = "timeline.stream")
public record StreamLimits(@DefaultValue("64") int maxClients,
                           @DefaultValue("256") int buffer,
                           @DefaultValue("10s") Duration stallTimeout) {

    public StreamLimits {
        if (maxClients < 1 || buffer < 1) {
            throw new IllegalArgumentException("timeline.stream.max-clients and buffer must be at least 1");
        }
        if (stallTimeout.isNegative()) {
            throw new IllegalArgumentException("timeline.stream.stall-timeout must not be negative");
        }
    }
}
