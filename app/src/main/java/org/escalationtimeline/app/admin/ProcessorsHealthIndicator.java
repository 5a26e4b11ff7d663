package org.escalationtimeline.app.admin;

import org.escalationtimeline.query.rebuild.ProcessorStatuses;
import org.escalationtimeline.query.rebuild.ProcessorStatuses.ProcessorStatus;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The health endpoint's {@code processors} component: each projection processor, what it is for (LIVE, REBUILDING,
 * IDLE), whether it runs on this node and how many positions it is behind the head. DOWN when one that should run
 * here has stopped or fails: the Switchboard starts a stopped one again at its next reconcile, so a DOWN that lasts
 * means it cannot.
 */
@Component
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('query')")
class ProcessorsHealthIndicator implements HealthIndicator {

    private final ProcessorStatuses processors;

    ProcessorsHealthIndicator(ProcessorStatuses processors) {
        this.processors = processors;
    }

    @Override
    public Health health() {
        List<ProcessorStatus> statuses = processors.all();
        Health.Builder health = statuses.stream().allMatch(ProcessorStatus::healthy) ? Health.up() : Health.down();
        for (ProcessorStatus status : statuses) {
            health.withDetail(status.processor(), details(status));
        }
        return health.build();
    }

    private static Map<String, Object> details(ProcessorStatus status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", status.healthy() ? "UP" : "DOWN");
        details.put("use", status.use());
        details.put("state", !status.running() ? "stopped" : status.error() ? "error" : "running");
        details.put("segmentsHere", status.segmentsHere());
        if (status.position() != null) {
            details.put("position", status.position());
        }
        if (status.lag() != null) {
            details.put("lag", status.lag());
        }
        return details;
    }
}
