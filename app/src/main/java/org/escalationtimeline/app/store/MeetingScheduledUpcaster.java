package org.escalationtimeline.app.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.escalationtimeline.api.meeting.MeetingScheduled;

/**
 * MeetingScheduled revision 1 to 2: its {@code kind}, {@code participants} and {@code host} move, unchanged, into one
 * {@code arrangement} object. Stored rows stay as they were written; aggregates and processors read them through this.
 */
public class MeetingScheduledUpcaster extends SingleEventUpcaster {

    private static final SerializedType REVISION_1 = new SimpleSerializedType(MeetingScheduled.class.getName(), "1");
    private static final SerializedType REVISION_2 = new SimpleSerializedType(MeetingScheduled.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, ObjectNode.class, MeetingScheduledUpcaster::nestArrangement);
    }

    private static ObjectNode nestArrangement(ObjectNode payload) {
        ObjectNode arrangement = payload.objectNode();
        for (String field : new String[] {"kind", "participants", "host"}) {
            if (payload.has(field)) {
                arrangement.set(field, payload.remove(field));
            }
        }
        payload.set("arrangement", arrangement);
        return payload;
    }
}
