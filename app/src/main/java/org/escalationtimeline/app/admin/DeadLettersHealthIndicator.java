package org.escalationtimeline.app.admin;

import org.escalationtimeline.query.DeadLetters;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The health endpoint's {@code deadLetters} component: how many events the projection set aside. The service stays
 * UP with some (every other event is projected), so a load balancer keeps it; the count is for the operator.
 */
@Component
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('query')")
class DeadLettersHealthIndicator implements HealthIndicator {

    private final DeadLetters deadLetters;

    DeadLettersHealthIndicator(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("count", deadLetters.count())
                .withDetail("listed at", "/api/admin/dead-letters").build();
    }
}
