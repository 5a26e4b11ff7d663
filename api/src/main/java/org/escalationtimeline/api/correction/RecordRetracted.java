package org.escalationtimeline.api.correction;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.TimelineEvent;

import java.util.UUID;

/**
 * The development {@code recordId} was recorded in error; reads known at or after this ignore it.
 *
 * @param aggregateId the aggregate the retracted development belongs to
 */
@Revision("1")
public record RecordRetracted(UUID recordId, String aggregateId, UUID eventId, String reason) implements TimelineEvent {
}
