package org.escalationtimeline.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.escalationtimeline.api.AggregateIds;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.WorldDates;

/**
 * The report's date is when the meeting was announced; {@code plannedFor} when it is to take place.
 */
public record ScheduleMeeting(@TargetAggregateIdentifier String meetingId, Arrangement arrangement,
                              EventDate plannedFor, Report report) {

    public ScheduleMeeting {
        AggregateIds.require("id", meetingId);
        InvalidValue.require("arrangement", arrangement);
        InvalidValue.require("report", report);
        WorldDates.within("plannedFor", plannedFor);
    }
}
