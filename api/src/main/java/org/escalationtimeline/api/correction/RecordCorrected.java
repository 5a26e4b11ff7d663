package org.escalationtimeline.api.correction;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.TimelineEvent;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;

import java.util.List;
import java.util.UUID;

/**
 * A correction of the development {@code recordId}; fields left null are unchanged. It counts
 * for reads from its own recording instant on (knownAt).
 */
@Revision("1")
public record RecordCorrected(UUID recordId, UUID eventId, EventDate date, String summary, List<Source> sources,
                              String reason) implements TimelineEvent {
}
