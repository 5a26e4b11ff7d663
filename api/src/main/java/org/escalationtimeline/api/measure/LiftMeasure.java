package org.escalationtimeline.api.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;

/** Ends a measure for good; lifting a mere threat withdraws it. */
public record LiftMeasure(@TargetAggregateIdentifier String measureId, Report report,
                          @TargetAggregateVersion Long expectedVersion) {

    public LiftMeasure {
        InvalidValue.require("id", measureId);
        InvalidValue.require("report", report);
    }
}
