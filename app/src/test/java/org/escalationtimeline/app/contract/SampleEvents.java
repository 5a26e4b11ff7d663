package org.escalationtimeline.app.contract;

import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.TimelineEvent;
import org.escalationtimeline.api.actor.ActorRegistered;
import org.escalationtimeline.api.call.CallHeld;
import org.escalationtimeline.api.correction.RecordCorrected;
import org.escalationtimeline.api.correction.RecordRetracted;
import org.escalationtimeline.api.incident.IncidentRecorded;
import org.escalationtimeline.api.measure.MeasureAnnounced;
import org.escalationtimeline.api.measure.MeasureEased;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureLifted;
import org.escalationtimeline.api.measure.MeasureSuspended;
import org.escalationtimeline.api.measure.MeasureThreatened;
import org.escalationtimeline.api.measure.MeasureTightened;
import org.escalationtimeline.api.measure.ThreatWithdrawn;
import org.escalationtimeline.api.meeting.Arrangement;
import org.escalationtimeline.api.meeting.MeetingCancelled;
import org.escalationtimeline.api.meeting.MeetingHeld;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.MeetingScheduled;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.ProtestAcknowledged;
import org.escalationtimeline.api.protest.ProtestDismissed;
import org.escalationtimeline.api.protest.ProtestLodged;
import org.escalationtimeline.api.protest.ProtestRejected;
import org.escalationtimeline.api.protest.ProtestSubject;
import org.escalationtimeline.api.protest.ProtestUpheld;
import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.statement.RetractionDemanded;
import org.escalationtimeline.api.statement.RetractionRefused;
import org.escalationtimeline.api.statement.StatementMade;
import org.escalationtimeline.api.statement.StatementRetracted;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One fixed instance of every event type, as the JSON contract test stores and reads them. */
final class SampleEvents {

    private static final ActorCode CHN = new ActorCode("CHN");
    private static final ActorCode JPN = new ActorCode("JPN");
    private static final ActorCode USA = new ActorCode("USA");
    private static final ActorCode WTO = new ActorCode("WTO");
    private static final List<Source> SOURCES = List.of(
            new Source("Reuters", "https://www.reuters.com/world/china/example", LocalDate.parse("2026-01-06")),
            new Source("Kyodo", null, null));

    private SampleEvents() {
    }

    static List<TimelineEvent> all() {
        return List.of(
                new ActorRegistered(id(1), CHN, "China", ActorKind.STATE),
                new MeasureThreatened("us-tariff-threat-2025", MeasureKind.TARIFF, List.of("all Chinese goods"),
                        LocalDate.parse("2025-11-01"), development(2, "2025-10-10", USA, List.of(CHN), "1312", -5.8)),
                new MeasureAnnounced("cn-dual-use-ban-2026", MeasureKind.EXPORT_BAN,
                        List.of("dual-use items for military end use"), LocalDate.parse("2026-01-06"),
                        development(3, "2026-01-06", CHN, List.of(JPN), "163", -8.0)),
                new MeasureTightened("cn-dual-use-ban-2026", List.of("rare-earth magnets"),
                        development(4, "2026-01-20", CHN, List.of(JPN), "163", -8.0)),
                new MeasureEased("cn-rare-earth-controls-2025", LocalDate.parse("2026-11-10"),
                        development(5, "2025-11-07", CHN, List.of(new ActorCode("WORLD")), "081", 5.0)),
                new MeasureSuspended("cn-rare-earth-controls-2025", LocalDate.parse("2026-11-10"),
                        development(6, "2025-11-07", CHN, List.of(USA), "081", 5.0)),
                new MeasureLifted("cn-rare-earth-quota", development(7, "2015-01-05", CHN, List.of(JPN), "085", 7.0)),
                new ThreatWithdrawn("us-tariff-threat-2025",
                        development(8, "2025-10-30", USA, List.of(CHN), "080", 5.0)),
                new StatementMade("takaichi-taiwan-remark", "Prime Minister Sanae Takaichi", Tone.HOSTILE, "Taiwan",
                        development(9, "2025-11-07", JPN, List.of(CHN), "111", -2.0)),
                new RetractionDemanded("takaichi-taiwan-remark",
                        development(10, "2025-11-10", CHN, List.of(JPN), "100", -5.0)),
                new RetractionRefused("takaichi-taiwan-remark",
                        development(11, "2025-11-11", JPN, List.of(CHN), "120", -4.0)),
                new StatementRetracted("takaichi-taiwan-remark",
                        development(12, "2026-03-01", JPN, List.of(CHN), "080", 5.0)),
                new ProtestLodged("jp-protest-dual-use-ban", Forum.DIPLOMATIC,
                        ProtestSubject.measure("cn-dual-use-ban-2026"),
                        development(13, "2026-01-07", JPN, List.of(CHN), "114", -2.0)),
                new ProtestRejected("jp-protest-dual-use-ban",
                        development(14, "2026-01-08", CHN, List.of(JPN), "120", -4.0)),
                new ProtestAcknowledged("wto-ds433", development(15, "2012-03-20", CHN, List.of(USA), "010", 0.0)),
                new ProtestUpheld("wto-ds433", development(16, "2014-03-26", WTO, List.of(CHN), "116", -2.0)),
                new ProtestDismissed("wto-ds999", development(17, "2014-08-07", WTO, List.of(CHN), "010", 0.0)),
                new CallHeld("trump-takaichi-call-2026", List.of(USA, JPN),
                        development(18, "2026-01-09", USA, List.of(JPN), "041", 1.0)),
                new MeetingScheduled("apec-shenzhen-2026", new Arrangement(MeetingKind.SUMMIT, List.of(CHN, USA), CHN),
                        new EventDate(LocalDate.parse("2026-11-01"), DatePrecision.MONTH),
                        development(19, "2025-11-01", CHN, List.of(USA), "036", 4.0)),
                new MeetingHeld("busan-summit-2025", MeetingKind.SUMMIT, List.of(USA, CHN), new ActorCode("KOR"),
                        Outcome.AGREEMENT, development(20, "2025-10-30", USA, List.of(CHN), "057", 8.0)),
                new MeetingCancelled("jp-cn-ministers-2025",
                        development(21, "2025-11-20", JPN, List.of(CHN), "160", -4.0)),
                new IncidentRecorded("senkaku-captain-arrest",
                        development(22, "2010-09-08", JPN, List.of(CHN), "173", -5.0)),
                new RecordCorrected(id(3), "cn-dual-use-ban-2026", id(23), new EventDate(LocalDate.parse("2026-01-01"), DatePrecision.MONTH),
                        "China bans dual-use exports to Japanese military end users", SOURCES,
                        "the ban was announced earlier than first reported"),
                new RecordRetracted(id(22), "senkaku-captain-arrest", id(24), "recorded twice"));
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    private static Development development(int n, String date, ActorCode actor, List<ActorCode> targets, String cameo,
                                          double goldstein) {
        return new Development(id(n), EventDate.parse(date), actor, targets, "Sample development " + n, SOURCES,
                new CameoCode(cameo), goldstein);
    }
}
