package org.escalationtimeline.api;

import org.escalationtimeline.api.call.CallHeld;
import org.escalationtimeline.api.incident.IncidentRecorded;
import org.escalationtimeline.api.measure.MeasureAnnounced;
import org.escalationtimeline.api.measure.MeasureEased;
import org.escalationtimeline.api.measure.MeasureLifted;
import org.escalationtimeline.api.measure.MeasureSuspended;
import org.escalationtimeline.api.measure.MeasureThreatened;
import org.escalationtimeline.api.measure.MeasureTightened;
import org.escalationtimeline.api.measure.ThreatWithdrawn;
import org.escalationtimeline.api.meeting.MeetingCancelled;
import org.escalationtimeline.api.meeting.MeetingHeld;
import org.escalationtimeline.api.meeting.MeetingScheduled;
import org.escalationtimeline.api.protest.ProtestAcknowledged;
import org.escalationtimeline.api.protest.ProtestDismissed;
import org.escalationtimeline.api.protest.ProtestLodged;
import org.escalationtimeline.api.protest.ProtestRejected;
import org.escalationtimeline.api.protest.ProtestUpheld;
import org.escalationtimeline.api.statement.RetractionDemanded;
import org.escalationtimeline.api.statement.RetractionRefused;
import org.escalationtimeline.api.statement.StatementMade;
import org.escalationtimeline.api.statement.StatementRetracted;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The kinds of development, by the names the event list gives them ({@code type}): what a client may filter on. */
public final class DevelopmentTypes {

    /** Every {@link RecordedDevelopment} type's simple name, in alphabetical order. */
    public static final SortedSet<String> NAMES = Stream.of(CallHeld.class, IncidentRecorded.class,
                    MeasureAnnounced.class, MeasureEased.class, MeasureLifted.class, MeasureSuspended.class,
                    MeasureThreatened.class, MeasureTightened.class, ThreatWithdrawn.class, MeetingCancelled.class,
                    MeetingHeld.class, MeetingScheduled.class, ProtestAcknowledged.class, ProtestDismissed.class,
                    ProtestLodged.class, ProtestRejected.class, ProtestUpheld.class, RetractionDemanded.class,
                    RetractionRefused.class, StatementMade.class, StatementRetracted.class)
            .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));

    private DevelopmentTypes() {
    }

    /** The name itself if it names a kind of development; null stays null (no filter). */
    public static String require(String field, String name) {
        if (name != null && !NAMES.contains(name)) {
            throw new InvalidValue(field, "'" + name + "' is not a kind of development; one of " + String.join(", ", NAMES));
        }
        return name;
    }
}
