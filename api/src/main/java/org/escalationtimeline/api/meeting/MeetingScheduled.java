package org.escalationtimeline.api.meeting;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.value.EventDate;

/**
 * Between every participant and every other: the development's actor is the first participant.
 * <p>
 * Revision 2 carries the arrangement as the one value the command and the aggregate know it as, checked as it is read;
 * revision 1 stored its kind, participants and host side by side (the app's upcaster nests them).
 */
@Revision("2")
public record MeetingScheduled(String meetingId, Arrangement arrangement, EventDate plannedFor,
                               Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return meetingId;
    }

    @Override
    public boolean mutual() {
        return true;
    }
}
