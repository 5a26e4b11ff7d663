package org.escalationtimeline.api.meeting;

import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Participants;
import org.escalationtimeline.api.value.ActorCode;

import java.util.List;

/** What kind of meeting, between whom, hosted by whom (the host may be a participant or a third actor). */
public record Arrangement(MeetingKind kind, List<ActorCode> participants, ActorCode host) {

    public Arrangement {
        InvalidValue.require("kind", kind);
        participants = Participants.require(participants);
    }
}
