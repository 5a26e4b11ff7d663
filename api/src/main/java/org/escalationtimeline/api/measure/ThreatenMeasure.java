package org.escalationtimeline.api.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.escalationtimeline.api.AggregateIds;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;

public record ThreatenMeasure(@TargetAggregateIdentifier String measureId, MeasureTerms terms, Report report) {

    public ThreatenMeasure {
        AggregateIds.require("id", measureId);
        InvalidValue.require("terms", terms);
        InvalidValue.require("report", report);
    }
}
