package org.escalationtimeline.api.statement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;

public record RetractStatement(@TargetAggregateIdentifier String statementId, Report report,
                 @TargetAggregateVersion Long expectedVersion) {

    public RetractStatement {
        InvalidValue.require("id", statementId);
        InvalidValue.require("report", report);
    }
}
