package org.escalationtimeline.api.measure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.value.WorldDates;

import java.time.LocalDate;

/**
 * @param suspend true to suspend the measure (no longer active), false to ease it (still active)
 * @param until   the date the easing or suspension is announced to end, if any
 */
public record EaseMeasure(@TargetAggregateIdentifier String measureId, boolean suspend, LocalDate until,
                          Report report, @TargetAggregateVersion Long expectedVersion) {

    public EaseMeasure {
        InvalidValue.require("id", measureId);
        InvalidValue.require("report", report);
        WorldDates.within("until", until);
        if (until != null && until.isBefore(report.date().firstDay())) {
            throw new InvalidValue("until", "must not be before the date of the easing");
        }
    }
}
