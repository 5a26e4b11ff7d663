package org.escalationtimeline.query.read;

import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.query.EarlierRevisions;
import org.escalationtimeline.query.projection.DrivenProjection;
import org.escalationtimeline.query.projection.ReadModelDb;
import org.escalationtimeline.query.view.Episode;
import org.escalationtimeline.query.view.Granularity;
import org.escalationtimeline.query.view.Posture;
import org.escalationtimeline.query.view.Stance;
import org.escalationtimeline.query.view.TensionPoint;
import org.escalationtimeline.query.view.TensionSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.escalationtimeline.query.projection.Developments.callHeld;
import static org.escalationtimeline.query.projection.Developments.id;
import static org.escalationtimeline.query.projection.Developments.incident;
import static org.escalationtimeline.query.projection.Developments.measureAnnounced;
import static org.escalationtimeline.query.projection.Developments.measureThreatened;
import static org.escalationtimeline.query.projection.Developments.statementMade;

/**
 * The stances and the timeline read from the tables, on a small scenario whose numbers are worked
 * out by hand below. Every event is recorded at t(position) and read as known at 2026-06-01.
 * <pre>
 * pos id  event                                                     world date  weight  QuadClass
 * 1   E1  MeasureAnnounced cn-ban CHN→JPN (163)                     2026-01-06  −8.0    4
 * 2   E2  MeasureAnnounced jp-ban JPN→CHN (163)                     2025-12-01  −8.0    4
 * 3   E3  MeasureThreatened us-threat USA→CHN (1312)                2025-12-15  −5.8    3
 * 4   E4  CallHeld JPN, USA (041)                                   2025-11-25  +1.0    1
 * 5   E5  StatementMade KOR→CHN HOSTILE (111)                       2025-12-20  −2.0    3
 * 6   E6  StatementMade KOR→CHN CONCILIATORY (013)                  2026-01-05  +0.4    1
 * 7   E7  StatementMade KOR→JPN HOSTILE (111)                       2025-11-10  −2.0    3
 * 8   E8  IncidentRecorded CHN→USA (173)                            2025-09-01  −5.0    4
 * 9   E9  CallHeld CHN, JPN (041)                                   2026-02-10  +1.0    1
 * </pre>
 */
class StanceAndTimelineReaderTest {

    static final Instant KNOWN_AT = Instant.parse("2026-06-01T00:00:00Z");
    static final ActorCode CHN = ActorCode.of("CHN");
    static final ActorCode JPN = ActorCode.of("JPN");
    static final ActorCode USA = ActorCode.of("USA");
    static final ActorCode KOR = ActorCode.of("KOR");

    static Instant t(long position) {
        return Instant.parse("2026-02-01T10:00:00Z").plusSeconds(position);
    }

    ReadModelDb db;
    StanceReader stances;
    TimelineReader timelines;

    @BeforeEach
    void record() {
        db = ReadModelDb.create();
        LiveGeneration live = new LiveGeneration(db.jdbc());
        LinkReader links = new LinkReader(db.jdbc(), live);
        stances = new StanceReader(links, new AggregateStates(new AggregateHistory(db.jdbc(), live, new EarlierRevisions(List.of()))),
                new ActorReader(db.jdbc(), live));
        timelines = new TimelineReader(links);

        DrivenProjection p = db.projection(1);
        p.recorded(measureAnnounced(id(1), "cn-ban", "2026-01-06", "CHN", List.of("JPN"), MeasureKind.EXPORT_BAN,
                List.of("dual-use items")), 1, t(1));
        p.recorded(measureAnnounced(id(2), "jp-ban", "2025-12-01", "JPN", List.of("CHN"), MeasureKind.EXPORT_BAN,
                List.of("photoresists")), 2, t(2));
        p.recorded(measureThreatened(id(3), "us-threat", "2025-12-15", "USA", List.of("CHN"), MeasureKind.TARIFF,
                List.of("everything")), 3, t(3));
        p.recorded(callHeld(id(4), "call-jp-us", "2025-11-25", "JPN", "USA"), 4, t(4));
        p.recorded(statementMade(id(5), "kor-hostile", "2025-12-20", "KOR", List.of("CHN"), Tone.HOSTILE), 5, t(5));
        p.recorded(statementMade(id(6), "kor-soft", "2026-01-05", "KOR", List.of("CHN"), Tone.CONCILIATORY), 6,
                t(6));
        p.recorded(statementMade(id(7), "kor-on-jpn", "2025-11-10", "KOR", List.of("JPN"), Tone.HOSTILE), 7, t(7));
        p.recorded(incident(id(8), "cn-arrest", "2025-09-01", "CHN", List.of("USA"), "173"), 8, t(8));
        p.recorded(callHeld(id(9), "call-cn-jp", "2026-02-10", "CHN", "JPN"), 9, t(9));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Nested
    class Stances {

        static final Cutoff JANUARY_TENTH = new Cutoff(LocalDate.parse("2026-01-10"), KNOWN_AT);

        @Test
        void everyActorTowardEveryOtherItDealtWithAsOfJanuaryTenthOverNinetyDays() {
            // Window: dated 2025-10-13 to 2026-01-10. E8 (2025-09-01) is out, E9 (2026-02-10) after asOf.
            assertThat(stances.stances(JANUARY_TENTH, 90, null)).containsExactly(
                    // JPN's ban (12-01) came before CHN's earliest (01-06). Basis by date: JPN's, then CHN's.
                    new Stance(CHN, JPN, Posture.RETALIATING, List.of(0, 0, 0, 1), -8.0, List.of("cn-ban"),
                            List.of(id(2), id(1))),
                    // Only KOR→CHN joins them: CHN toward KOR has nothing.
                    new Stance(CHN, KOR, Posture.NEUTRAL, List.of(0, 0, 0, 0), 0.0, List.of(), List.of()),
                    // The arrest of 2025-09-01 is before the window.
                    new Stance(CHN, USA, Posture.NEUTRAL, List.of(0, 0, 0, 0), 0.0, List.of(), List.of()),
                    new Stance(JPN, CHN, Posture.COERCING, List.of(0, 0, 0, 1), -8.0, List.of("jp-ban"),
                            List.of(id(2))),
                    new Stance(JPN, KOR, Posture.NEUTRAL, List.of(0, 0, 0, 0), 0.0, List.of(), List.of()),
                    new Stance(JPN, USA, Posture.ENGAGING, List.of(1, 0, 0, 0), 1.0, List.of(), List.of(id(4))),
                    // Hostile (−2.0) then conciliatory (+0.4): −1.6.
                    new Stance(KOR, CHN, Posture.HEDGING, List.of(1, 0, 1, 0), -1.6, List.of(),
                            List.of(id(5), id(6))),
                    new Stance(KOR, JPN, Posture.PROTESTING, List.of(0, 0, 1, 0), -2.0, List.of(), List.of(id(7))),
                    new Stance(USA, CHN, Posture.THREATENING, List.of(0, 0, 1, 0), -5.8, List.of(), List.of(id(3))),
                    new Stance(USA, JPN, Posture.ENGAGING, List.of(1, 0, 0, 0), 1.0, List.of(), List.of(id(4))));
        }

        @Test
        void oneActorsStances() {
            assertThat(stances.stances(JANUARY_TENTH, 90, KOR)).extracting(Stance::actor, Stance::toward,
                    Stance::posture).containsExactly(tuple(KOR, CHN, Posture.HEDGING),
                    tuple(KOR, JPN, Posture.PROTESTING));
        }

        @Test
        void aShorterWindowForgetsOlderEventsButNotMeasures() {
            // 30 days: dated 2025-12-12 to 2026-01-10.
            assertThat(stances.stances(JANUARY_TENTH, 30, null)).extracting(Stance::actor, Stance::toward,
                    Stance::posture, Stance::goldsteinSum).containsExactly(
                    tuple(CHN, JPN, Posture.RETALIATING, -8.0),
                    tuple(CHN, KOR, Posture.NEUTRAL, 0.0),
                    tuple(CHN, USA, Posture.NEUTRAL, 0.0),
                    // jp-ban (12-01) is out of the window but still in force.
                    tuple(JPN, CHN, Posture.COERCING, 0.0),
                    tuple(JPN, KOR, Posture.NEUTRAL, 0.0),
                    tuple(JPN, USA, Posture.NEUTRAL, 0.0),
                    tuple(KOR, CHN, Posture.HEDGING, -1.6),
                    tuple(KOR, JPN, Posture.NEUTRAL, 0.0),
                    tuple(USA, CHN, Posture.THREATENING, -5.8),
                    tuple(USA, JPN, Posture.NEUTRAL, 0.0));
        }

        @Test
        void beforeChinasBanChinaIsNeutralAndJapanCoerces() {
            List<Stance> all = stances.stances(new Cutoff(LocalDate.parse("2025-12-31"), KNOWN_AT), 90, null);
            assertThat(all).extracting(Stance::actor, Stance::toward, Stance::posture).contains(
                    tuple(CHN, JPN, Posture.NEUTRAL), tuple(JPN, CHN, Posture.COERCING),
                    tuple(KOR, CHN, Posture.PROTESTING));
        }

        @Test
        void knownBeforeTheBansWereRecordedNobodyCoerces() {
            // Known at t(1): only E1 (CHN→JPN, 2026-01-06).
            assertThat(stances.stances(new Cutoff(LocalDate.parse("2026-01-10"), t(1)), 90, null)).containsExactly(
                    new Stance(CHN, JPN, Posture.COERCING, List.of(0, 0, 0, 1), -8.0, List.of("cn-ban"),
                            List.of(id(1))),
                    new Stance(JPN, CHN, Posture.NEUTRAL, List.of(0, 0, 0, 0), 0.0, List.of(), List.of()));
        }
    }

    @Nested
    class Timeline {

        static final ActorPair CHN_JPN = new ActorPair(CHN, JPN);

        TensionSeries read(String asOf, String from, String to, Granularity granularity) {
            return timelines.timeline(CHN_JPN, new Cutoff(LocalDate.parse(asOf), KNOWN_AT), YearMonth.parse(from),
                    YearMonth.parse(to), granularity);
        }

        @Test
        void monthly() {
            // 2025-12: C = 8 (E2), T = 8.0; 2026-01: T = 0.75 × 8 + 8 (E1) = 14.0;
            // 2026-02: T = 0.75 × 14 − 0.5 × 1 (E9) = 10.0.
            TensionSeries series = read("2026-02-28", "2025-10", "2026-02", Granularity.MONTH);
            assertThat(series.points()).containsExactly(
                    new TensionPoint("2025-10", 0.0, 0.0, 0.0, 0, List.of(0, 0, 0, 0)),
                    new TensionPoint("2025-11", 0.0, 0.0, 0.0, 0, List.of(0, 0, 0, 0)),
                    new TensionPoint("2025-12", 8.0, 8.0, 0.0, 1, List.of(0, 0, 0, 1)),
                    new TensionPoint("2026-01", 14.0, 8.0, 0.0, 1, List.of(0, 0, 0, 1)),
                    new TensionPoint("2026-02", 10.0, 0.0, 1.0, 1, List.of(1, 0, 0, 0)));
            assertThat(series.episodes()).containsExactly(new Episode(YearMonth.parse("2025-12"),
                    YearMonth.parse("2026-02"), YearMonth.parse("2026-01"), 14.0, id(2), true));
        }

        @Test
        void quarterly() {
            // A quarter's tension is its last month's (in range); sums and counts add up.
            TensionSeries series = read("2026-02-28", "2025-10", "2026-02", Granularity.QUARTER);
            assertThat(series.points()).containsExactly(
                    new TensionPoint("2025-Q4", 8.0, 8.0, 0.0, 1, List.of(0, 0, 0, 1)),
                    new TensionPoint("2026-Q1", 10.0, 8.0, 1.0, 2, List.of(1, 0, 0, 1)));
        }

        @Test
        void yearly() {
            TensionSeries series = read("2026-02-28", "2025-10", "2026-02", Granularity.YEAR);
            assertThat(series.points()).containsExactly(
                    new TensionPoint("2025", 8.0, 8.0, 0.0, 1, List.of(0, 0, 0, 1)),
                    new TensionPoint("2026", 10.0, 8.0, 1.0, 2, List.of(1, 0, 0, 1)));
        }

        @Test
        void theEpisodeClosesWhenTensionFallsBelowEight() {
            // 2026-03: T = 7.5; 2026-04: T = 5.625.
            TensionSeries series = read("2026-04-30", "2026-01", "2026-04", Granularity.MONTH);
            assertThat(series.points()).extracting(TensionPoint::period, TensionPoint::tension).containsExactly(
                    tuple("2026-01", 14.0), tuple("2026-02", 10.0), tuple("2026-03", 7.5), tuple("2026-04", 5.625));
            // It started before from: reported whole.
            assertThat(series.episodes()).containsExactly(new Episode(YearMonth.parse("2025-12"),
                    YearMonth.parse("2026-02"), YearMonth.parse("2026-01"), 14.0, id(2), false));
        }

        @Test
        void theSeriesStopsAtAsOfsMonth() {
            TensionSeries series = read("2026-01-10", "2025-12", "2026-12", Granularity.MONTH);
            assertThat(series.to()).isEqualTo(YearMonth.parse("2026-01"));
            assertThat(series.points()).extracting(TensionPoint::period, TensionPoint::tension)
                    .containsExactly(tuple("2025-12", 8.0), tuple("2026-01", 14.0));
            assertThat(series.episodes()).containsExactly(new Episode(YearMonth.parse("2025-12"),
                    YearMonth.parse("2026-01"), YearMonth.parse("2026-01"), 14.0, id(2), true));
        }

        @Test
        void aPairWithNoEventsIsFlat() {
            TensionSeries series = timelines.timeline(new ActorPair(KOR, USA), new Cutoff(LocalDate.parse("2026-12-31"),
                    KNOWN_AT), YearMonth.parse("2026-01"), YearMonth.parse("2026-03"), Granularity.MONTH);
            assertThat(series.points()).extracting(TensionPoint::tension).containsExactly(0.0, 0.0, 0.0);
            assertThat(series.episodes()).isEmpty();
        }
    }
}
