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
 *
 * @param aggregateId the aggregate the corrected development belongs to, so that projections
 *                    handle a record and its corrections in one sequence
 */
@Revision("1")
public record RecordCorrected(UUID recordId, String aggregateId, UUID eventId, EventDate date, String summary, List<Source> sources,
                              String reason) implements TimelineEvent {
}
