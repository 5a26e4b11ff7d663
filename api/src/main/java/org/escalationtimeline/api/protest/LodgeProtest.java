package org.escalationtimeline.api.protest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.escalationtimeline.api.AggregateIds;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.value.ActorCode;

/** @param about the measure or statement protested, if the protest names one */
public record LodgeProtest(@TargetAggregateIdentifier String protestId, ActorCode actor, ActorCode against,
                           Forum forum, ProtestSubject about, Report report) {

    public LodgeProtest {
        AggregateIds.require("id", protestId);
        InvalidValue.require("actor", actor);
        InvalidValue.require("against", against);
        if (actor.equals(against)) {
            throw new InvalidValue("against", "an actor does not protest against itself");
        }
        InvalidValue.require("forum", forum);
        InvalidValue.require("report", report);
    }
}
