package org.escalationtimeline.api.correction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;
import org.escalationtimeline.api.value.WorldDates;

import java.util.List;
import java.util.UUID;

/**
 * Changes the date, summary or sources of an earlier development; what is null stays as it was.
 *
 * @param recordId the event id of the development corrected
 * @param eventId  the id of the correction's own event
 */
public record CorrectRecord(UUID recordId, UUID eventId, EventDate date, String summary,
                            List<Source> sources, String reason, @TargetAggregateVersion Long expectedVersion) {

    public CorrectRecord {
        InvalidValue.require("recordId", recordId);
        InvalidValue.require("eventId", eventId);
        if (date == null && summary == null && sources == null) {
            throw new InvalidValue("date", "a correction changes the date, the summary or the sources");
        }
        WorldDates.within("date", date);
        summary = summary == null ? null : Report.checkSummary(summary);
        sources = sources == null ? null : Report.checkSources(sources);
        reason = Reasons.check(reason);
    }

    /** The id of the aggregate holding the corrections of a record: a colon keeps it apart from client ids. */
    public static String correctionsOf(UUID recordId) {
        return "record:" + recordId;
    }

    /** The corrections of a record are an aggregate of their own, under an id no client can choose. */
    @TargetAggregateIdentifier
    public String corrections() {
        return correctionsOf(recordId);
    }
}
