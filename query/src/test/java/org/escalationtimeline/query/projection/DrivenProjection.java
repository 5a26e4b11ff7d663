package org.escalationtimeline.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.actor.ActorRegistered;
import org.escalationtimeline.api.call.CallHeld;
import org.escalationtimeline.api.correction.RecordCorrected;
import org.escalationtimeline.api.correction.RecordRetracted;
import org.escalationtimeline.api.incident.IncidentRecorded;
import org.escalationtimeline.api.measure.MeasureAnnounced;
import org.escalationtimeline.api.measure.MeasureEased;
import org.escalationtimeline.api.measure.MeasureLifted;
import org.escalationtimeline.api.measure.MeasureSuspended;
import org.escalationtimeline.api.measure.MeasureThreatened;
import org.escalationtimeline.api.measure.MeasureTightened;
import org.escalationtimeline.api.measure.ThreatWithdrawn;
import org.escalationtimeline.api.meeting.MeetingCancelled;
import org.escalationtimeline.api.meeting.MeetingHeld;
import org.escalationtimeline.api.meeting.MeetingScheduled;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The projection's event handlers as a plain object: each call hands one event to the handler
 * with the recording instant and the global position the event store would give it. No Axon
 * processor, no Spring context.
 */
public class DrivenProjection extends TimelineProjection {

    /** Each aggregate's event ids in the order first handed over: their sequence numbers, as the event store gives them. */
    private final Map<String, List<UUID>> sequences = new HashMap<>();

    public DrivenProjection(RecordTables tables, int generation) {
        super(tables, generation);
    }

    public void registered(ActorRegistered event, long position, Instant recordedAt) {
        on(event, recordedAt, new GlobalSequenceTrackingToken(position));
    }

    public void recorded(RecordedDevelopment event, long position, Instant recordedAt) {
        List<UUID> sequence = sequences.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>());
        if (!sequence.contains(event.eventId())) {
            sequence.add(event.eventId());
        }
        on(event, message(event, sequence.indexOf(event.eventId()), recordedAt),
                new GlobalSequenceTrackingToken(position));
    }

    public void corrected(RecordCorrected event, Instant recordedAt) {
        on(event, recordedAt);
    }

    public void retracted(RecordRetracted event, Instant recordedAt) {
        on(event, recordedAt);
    }

    /** The message the event store hands over: its type is the aggregate's class name, as Axon writes it. */
    static DomainEventMessage<RecordedDevelopment> message(RecordedDevelopment event, long sequenceNumber,
                                                           Instant recordedAt) {
        return new GenericDomainEventMessage<>(aggregateType(event), event.aggregateId(), sequenceNumber, event, Map.of(),
                UUID.randomUUID().toString(), recordedAt);
    }

    static String aggregateType(RecordedDevelopment event) {
        if (event instanceof MeasureAnnounced || event instanceof MeasureThreatened || event instanceof MeasureTightened
                || event instanceof MeasureEased || event instanceof MeasureSuspended || event instanceof MeasureLifted
                || event instanceof ThreatWithdrawn) {
            return "Measure";
        }
        if (event instanceof CallHeld) {
            return "Call";
        }
        if (event instanceof MeetingScheduled || event instanceof MeetingHeld || event instanceof MeetingCancelled) {
            return "Meeting";
        }
        if (event instanceof IncidentRecorded) {
            return "Incident";
        }
        String pkg = event.getClass().getPackageName();
        String last = pkg.substring(pkg.lastIndexOf('.') + 1);
        return Character.toUpperCase(last.charAt(0)) + last.substring(1); // statement, protest
    }
}
