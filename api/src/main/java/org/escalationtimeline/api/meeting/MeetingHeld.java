package org.escalationtimeline.api.meeting;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.value.ActorCode;

import java.util.List;

/** Between every participant and every other: the development's actor is the first participant. */
@Revision("1")
public record MeetingHeld(String meetingId, MeetingKind kind, List<ActorCode> participants, ActorCode host, Outcome outcome,
                  Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return meetingId;
    }

    @Override
    public boolean mutual() {
        return true;
    }
}
