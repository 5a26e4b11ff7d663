package org.escalationtimeline.api.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.AggregateIds;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;

/**
 * Creates a measure in force, or, without terms, carries out the threat the measure already is.
 *
 * @param terms           the new measure's terms; null to carry out an existing threat
 * @param expectedVersion the version the client last saw, or null not to check
 */
public record AnnounceMeasure(@TargetAggregateIdentifier String measureId, MeasureTerms terms, Report report,
                              @TargetAggregateVersion Long expectedVersion) {

    public AnnounceMeasure {
        AggregateIds.require("id", measureId);
        InvalidValue.require("report", report);
    }

    public static AnnounceMeasure create(String measureId, MeasureTerms terms, Report report) {
        return new AnnounceMeasure(measureId, InvalidValue.require("terms", terms), report, null);
    }

    public static AnnounceMeasure carryOutThreat(String measureId, Report report, Long expectedVersion) {
        return new AnnounceMeasure(measureId, null, report, expectedVersion);
    }
}
