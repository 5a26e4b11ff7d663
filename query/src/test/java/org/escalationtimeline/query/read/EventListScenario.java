package org.escalationtimeline.query.read;

import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.ProtestSubject;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.query.projection.DrivenProjection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.escalationtimeline.query.projection.Developments.callHeld;
import static org.escalationtimeline.query.projection.Developments.id;
import static org.escalationtimeline.query.projection.Developments.incident;
import static org.escalationtimeline.query.projection.Developments.measureAnnounced;
import static org.escalationtimeline.query.projection.Developments.meetingHeld;
import static org.escalationtimeline.query.projection.Developments.protestLodged;
import static org.escalationtimeline.query.projection.Developments.statementMade;

/**
 * Six developments at positions 1 and 3 to 7 (position 2 is a registration, not in the list), each
 * recorded at t(position):
 * <pre>
 * pos  id   event                                               world date  links
 * 1    E1   MeasureAnnounced cn-ban CHN→[JPN, USA] (163, −8)    2025-10-09  CHN→JPN, CHN→USA
 * 3    E2   CallHeld call-jp-us JPN, USA (041, +1)              2025-11-25  JPN→USA, USA→JPN
 * 4    E3   StatementMade jp-taiwan JPN→CHN HOSTILE (111, −2)   2025-11-07  JPN→CHN
 * 5    E4   ProtestLodged jp-protest JPN→CHN DIPLOMATIC (114)   2026-01-08  JPN→CHN
 * 6    E5   MeetingHeld busan USA, CHN host KOR (057, +8)       2025-10-30  USA→CHN, CHN→USA
 * 7    E6   IncidentRecorded kor-arrest KOR→JPN (173, −5)       2026-02-01  KOR→JPN
 * </pre>
 */
final class EventListScenario {

    static final UUID E1 = id(1);
    static final UUID E2 = id(2);
    static final UUID E3 = id(3);
    static final UUID E4 = id(4);
    static final UUID E5 = id(5);
    static final UUID E6 = id(6);

    private EventListScenario() {
    }

    /**
     * How far the scenario is projected, as the service's processor would answer once it has
     * handled it all: through the last of positions 1 to 7 recorded by knownAt.
     */
    static long projectedThrough(Instant knownAt) {
        long through = -1;
        for (long position = 1; position <= 7 && !t(position).isAfter(knownAt); position++) {
            through = position;
        }
        return through;
    }

    static Instant t(long position) {
        return Instant.parse("2026-02-01T10:00:00Z").plusSeconds(position);
    }

    static void record(DrivenProjection projection) {
        projection.recorded(measureAnnounced(E1, "cn-ban", "2025-10-09", "CHN", List.of("JPN", "USA"),
                MeasureKind.EXPORT_BAN, List.of("gallium")), 1, t(1));
        projection.recorded(callHeld(E2, "call-jp-us", "2025-11-25", "JPN", "USA"), 3, t(3));
        projection.recorded(statementMade(E3, "jp-taiwan", "2025-11-07", "JPN", List.of("CHN"), Tone.HOSTILE), 4, t(4));
        projection.recorded(protestLodged(E4, "jp-protest", "2026-01-08", "JPN", "CHN", Forum.DIPLOMATIC,
                ProtestSubject.measure("cn-ban")), 5, t(5));
        projection.recorded(meetingHeld(E5, "busan", "2025-10-30", MeetingKind.SUMMIT, "KOR", Outcome.AGREEMENT,
                "USA", "CHN"), 6, t(6));
        projection.recorded(incident(E6, "kor-arrest", "2026-02-01", "KOR", List.of("JPN"), "173"), 7, t(7));
    }
}
