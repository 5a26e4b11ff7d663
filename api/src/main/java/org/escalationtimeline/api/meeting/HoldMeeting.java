package org.escalationtimeline.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.AggregateIds;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;

/**
 * Records a meeting that took place: a new one (with its arrangement) or one that was scheduled
 * (without).
 */
public record HoldMeeting(@TargetAggregateIdentifier String meetingId, Arrangement arrangement, Outcome outcome,
                          Report report, @TargetAggregateVersion Long expectedVersion) {

    public HoldMeeting {
        AggregateIds.require("id", meetingId);
        outcome = outcome == null ? Outcome.NONE : outcome;
        InvalidValue.require("report", report);
    }
}
