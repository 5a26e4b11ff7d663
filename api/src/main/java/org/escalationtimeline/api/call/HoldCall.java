package org.escalationtimeline.api.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.escalationtimeline.api.AggregateIds;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Participants;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.value.ActorCode;

import java.util.List;

public record HoldCall(@TargetAggregateIdentifier String callId, List<ActorCode> participants, Report report) {

    public HoldCall {
        AggregateIds.require("id", callId);
        participants = Participants.require(participants);
        InvalidValue.require("report", report);
    }
}
