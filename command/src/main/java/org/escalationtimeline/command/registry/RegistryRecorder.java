package org.escalationtimeline.command.registry;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.TimelineEvent;
import org.escalationtimeline.api.actor.ActorRegistered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Keeps the registry up to date. Its processing group is subscribing, so it runs inside the
 * transaction that appends the events: a command that commits has written both, or neither.
 */
@Component
@ProcessingGroup(RegistryRecorder.PROCESSING_GROUP)
class RegistryRecorder {

    static final String PROCESSING_GROUP = "command-lookups";

    private final JdbcTemplate jdbc;

    RegistryRecorder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // One handler for every event: Axon calls only the most specific handler of a class.
    @EventHandler
    void on(TimelineEvent event, DomainEventMessage<?> message) {
        if (event instanceof ActorRegistered registration) {
            jdbc.update("INSERT INTO registered_actor (code, name, kind) VALUES (?, ?, ?)",
                    registration.code().value(), registration.name(), registration.kind().name());
        }
        String aggregateType = message.getType().toLowerCase(Locale.ROOT);
        if (message.getSequenceNumber() == 0) {
            jdbc.update("INSERT INTO known_aggregate (aggregate_id, aggregate_type) VALUES (?, ?)",
                    message.getAggregateIdentifier(), aggregateType);
        }
        jdbc.update("""
                        INSERT INTO known_record (event_id, aggregate_type, aggregate_id, sequence_number, event_type,
                                                  development)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                event.eventId(), aggregateType, message.getAggregateIdentifier(), message.getSequenceNumber(),
                event.getClass().getSimpleName(), event instanceof RecordedDevelopment);
    }
}
