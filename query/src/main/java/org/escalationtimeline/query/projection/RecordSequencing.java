package org.escalationtimeline.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.serialization.SerializationException;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.actor.ActorRegistered;
import org.escalationtimeline.api.correction.RecordCorrected;
import org.escalationtimeline.api.correction.RecordRetracted;
import org.springframework.stereotype.Component;

/**
 * Segments of the projection process events in parallel, but a development and its corrections
 * must be handled in order: they are sequenced by the development's aggregate, whatever aggregate
 * (the development's own, or its corrections') appended them.
 */
@Component(RecordSequencing.BEAN_NAME)
public class RecordSequencing implements SequencingPolicy<EventMessage<?>> {

    public static final String BEAN_NAME = "recordSequencing";

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload;
        try {
            payload = event.getPayload();
        } catch (SerializationException unreadable) {
            // A payload the store holds but nobody can read: thrown from here, it would fail the whole batch again and
            // again and stall the segment. Sequenced by what appended it, its handler's failure sets it aside instead.
            return event instanceof DomainEventMessage<?> domainEvent ? domainEvent.getAggregateIdentifier()
                    : event.getIdentifier();
        }
        if (payload instanceof RecordedDevelopment development) {
            return development.aggregateId();
        }
        if (payload instanceof RecordCorrected correction) {
            return correction.aggregateId();
        }
        if (payload instanceof RecordRetracted retraction) {
            return retraction.aggregateId();
        }
        if (payload instanceof ActorRegistered registration) {
            return registration.code().value();
        }
        return event.getIdentifier();
    }
}
