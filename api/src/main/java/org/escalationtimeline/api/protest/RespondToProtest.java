package org.escalationtimeline.api.protest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.value.ActorCode;

/** @param by the responding actor: the party protested against, or the WTO for a ruling */
public record RespondToProtest(@TargetAggregateIdentifier String protestId, ActorCode by, ProtestResponse response,
                               Report report, @TargetAggregateVersion Long expectedVersion) {

    public RespondToProtest {
        InvalidValue.require("id", protestId);
        InvalidValue.require("by", by);
        InvalidValue.require("response", response);
        InvalidValue.require("report", report);
    }
}
