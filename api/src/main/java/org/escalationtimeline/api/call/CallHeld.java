package org.escalationtimeline.api.call;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.value.ActorCode;

import java.util.List;

/** Cooperation from every participant toward every other: the development's actor is the first participant. */
@Revision("1")
public record CallHeld(String callId, List<ActorCode> participants, Development development)
        implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return callId;
    }

    @Override
    public boolean mutual() {
        return true;
    }
}
