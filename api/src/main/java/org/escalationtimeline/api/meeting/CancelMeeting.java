package org.escalationtimeline.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;

public record CancelMeeting(@TargetAggregateIdentifier String meetingId, Report report,
                            @TargetAggregateVersion Long expectedVersion) {

    public CancelMeeting {
        InvalidValue.require("id", meetingId);
        InvalidValue.require("report", report);
    }
}
