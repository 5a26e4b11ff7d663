package org.escalationtimeline.command;

import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.scoring.CodingOverride;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Actors, reports and expected developments for the aggregate fixtures. */
public final class TestData {

    public static final ActorCode CHN = ActorCode.of("CHN");
    public static final ActorCode JPN = ActorCode.of("JPN");
    public static final ActorCode USA = ActorCode.of("USA");
    public static final ActorCode KOR = ActorCode.of("KOR");
    public static final ActorCode TWN = ActorCode.of("TWN");
    public static final ActorCode WTO = ActorCode.of("WTO");
    public static final ActorCode WORLD = ActorCode.of("WORLD");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestData() {
    }

    /** A report of a development dated {@code date} (2026-01-06, 2025-11 or 2025), with no coding override. */
    public static Report report(String date) {
        return report(date, null);
    }

    public static Report report(String date, CodingOverride coding) {
        int n = SEQUENCE.incrementAndGet();
        // A mutable list: Report.checkSources calls contains(null), which List.of(...) answers with an NPE
        // (reported; ReportTest.aReportAcceptsAnImmutableListOfSources proves it). The aggregates are tested here.
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("Kyodo News", "https://english.kyodonews.net/news/" + n, LocalDate.parse("2026-01-07")));
        return new Report(UUID.randomUUID(), EventDate.parse(date), "development " + n + " of " + date, sources, coding);
    }

    /**
     * Participants of a call or meeting as a mutable list: Participants.require calls contains(null),
     * which List.of(...) answers with an NPE (reported; ParticipantsTest proves it).
     */
    public static List<ActorCode> participants(ActorCode... actors) {
        return new ArrayList<>(List.of(actors));
    }

    public static CodingOverride cameo(String code) {
        return new CodingOverride(new CameoCode(code), null);
    }

    public static CodingOverride goldstein(double weight) {
        return new CodingOverride(null, weight);
    }

    /** The development a report becomes, coded exactly as given (the expectation writes code and weight out). */
    public static Development development(Report report, ActorCode actor, List<ActorCode> targets, String cameo,
                                          double goldstein) {
        return new Development(report.eventId(), report.date(), actor, targets, report.summary(), report.sources(),
                new CameoCode(cameo), goldstein);
    }
}
