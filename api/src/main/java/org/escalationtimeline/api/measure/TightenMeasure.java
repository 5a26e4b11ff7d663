package org.escalationtimeline.api.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;

import java.util.List;

/** @param addedItems what the measure now covers beyond what it did */
public record TightenMeasure(@TargetAggregateIdentifier String measureId, List<String> addedItems, Report report,
                             @TargetAggregateVersion Long expectedVersion) {

    public TightenMeasure {
        InvalidValue.require("id", measureId);
        addedItems = MeasureTerms.checkItems(addedItems);
        InvalidValue.require("report", report);
    }
}
