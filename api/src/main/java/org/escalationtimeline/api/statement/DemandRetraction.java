package org.escalationtimeline.api.statement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.value.ActorCode;

/** @param by the actor demanding that the statement be taken back */
public record DemandRetraction(@TargetAggregateIdentifier String statementId, ActorCode by, Report report,
                               @TargetAggregateVersion Long expectedVersion) {

    public DemandRetraction {
        InvalidValue.require("id", statementId);
        InvalidValue.require("by", by);
        InvalidValue.require("report", report);
    }
}
