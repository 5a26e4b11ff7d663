package org.escalationtimeline.query.read;

import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureStatus;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.ProtestSubject;
import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.query.EventPage;
import org.escalationtimeline.api.query.ListEvents;
import org.escalationtimeline.api.query.MeasureView;
import org.escalationtimeline.api.scoring.QuadClass;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.query.EarlierRevisions;
import org.escalationtimeline.query.projection.DrivenProjection;
import org.escalationtimeline.query.projection.ReadModelDb;
import org.escalationtimeline.query.view.Episode;
import org.escalationtimeline.query.view.Granularity;
import org.escalationtimeline.query.view.PairEvent;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.escalationtimeline.query.projection.Developments.REUTERS;
import static org.escalationtimeline.query.projection.Developments.XINHUA;
import static org.escalationtimeline.query.projection.Developments.correction;
import static org.escalationtimeline.query.projection.Developments.id;
import static org.escalationtimeline.query.projection.Developments.incident;
import static org.escalationtimeline.query.projection.Developments.measureAnnounced;
import static org.escalationtimeline.query.projection.Developments.measureTightened;
import static org.escalationtimeline.query.projection.Developments.protestLodged;
import static org.escalationtimeline.query.projection.Developments.retraction;

/**
 * asOf and knownAt (DESIGN §4) on one scenario with a correction and a record retraction, read by
 * every reader at several cutoffs. Recording instants are t(n), n seconds after 2026-02-01T10:00Z.
 *
 * <pre>
 * pos  recorded  event                                                       world date  weight
 * 1    t(10)     E1 MeasureAnnounced cn-ban CHN→JPN EXPORT_BAN (163)         2026-01-06  −8.0 Q4
 * 2    t(20)     E2 MeasureTightened cn-ban CHN→JPN +"rare earths" (163)     2026-01-20  −8.0 Q4
 * 3    t(30)     E3 ProtestLodged jp-protest JPN→CHN DIPLOMATIC (114)        2026-01-08  −2.0 Q3
 * -    t(40)     C1 RecordCorrected E1: date 2026-01-09, new summary, sources [Xinhua]
 * -    t(50)     R1 RecordRetracted E2
 * </pre>
 * Known at t(5): nothing; t(35): E1 as first recorded, E2, E3; t(45): E1 corrected, E2, E3; t(55):
 * E1 corrected, E3.
 */
class BitemporalReadsTest {

    static Instant t(int seconds) {
        return Instant.parse("2026-02-01T10:00:00Z").plusSeconds(seconds);
    }

    static final Instant BEFORE = t(5);
    static final Instant ORIGINAL = t(35);
    static final Instant CORRECTED = t(45);
    static final Instant RETRACTED = t(55);

    static final LocalDate END_OF_2026 = LocalDate.parse("2026-12-31");

    static final UUID E1 = id(1);
    static final UUID E2 = id(2);
    static final UUID E3 = id(3);
    static final UUID C1 = id(11);
    static final UUID R1 = id(12);

    static final String CORRECTED_SUMMARY = "China bans dual-use exports to Japanese military users";

    static final ActorCode CHN = ActorCode.of("CHN");
    static final ActorCode JPN = ActorCode.of("JPN");
    static final ActorPair CHN_JPN = new ActorPair(CHN, JPN);

    ReadModelDb db;
    DrivenProjection projection;
    EventReader events;
    LinkReader links;
    AggregateStates states;
    TimelineReader timelines;
    StanceReader stances;

    @BeforeEach
    void recordTheScenario() {
        db = ReadModelDb.create();
        LiveGeneration live = new LiveGeneration(db.jdbc());
        // Projected synchronously: the prefix ends at the last of the five events recorded by knownAt.
        events = new EventReader(db.jdbc(), live,
                knownAt -> Math.min(5, Math.floorDiv(knownAt.getEpochSecond() - t(0).getEpochSecond(), 10)));
        links = new LinkReader(db.jdbc(), live);
        states = new AggregateStates(new AggregateHistory(db.jdbc(), live, new EarlierRevisions(List.of())));
        timelines = new TimelineReader(links);
        stances = new StanceReader(links, states, new ActorReader(db.jdbc(), live));

        projection = db.projection(live.number());
        projection.recorded(measureAnnounced(E1, "cn-ban", "2026-01-06", "CHN", List.of("JPN"), MeasureKind.EXPORT_BAN,
                List.of("dual-use items")), 1, t(10));
        projection.recorded(measureTightened(E2, "cn-ban", "2026-01-20", "CHN", List.of("JPN"),
                List.of("rare earths")), 2, t(20));
        projection.recorded(protestLodged(E3, "jp-protest", "2026-01-08", "JPN", "CHN", Forum.DIPLOMATIC,
                ProtestSubject.measure("cn-ban")), 3, t(30));
        projection.corrected(correction(C1, E1, "cn-ban", "2026-01-09", CORRECTED_SUMMARY, List.of(XINHUA)), t(40));
        projection.retracted(retraction(R1, E2, "cn-ban"), t(50));
    }

    @AfterEach
    void close() {
        db.close();
    }

    EventPage list(LocalDate asOf, Instant knownAt) {
        return events.list(new ListEvents(asOf, knownAt, null, null, null, null, null, null, 100));
    }

    static List<UUID> ids(EventPage page) {
        return page.items().stream().map(EventEntry::eventId).toList();
    }

    static EventEntry entry(EventPage page, UUID eventId) {
        return page.items().stream().filter(e -> e.eventId().equals(eventId)).findFirst().orElseThrow();
    }

    @Nested
    class TheEventList {

        @Test
        void knownBeforeTheEventsItIsEmpty() {
            assertThat(list(END_OF_2026, BEFORE).items()).isEmpty();
            assertThat(list(END_OF_2026, BEFORE).next()).as("nothing recorded yet: start at the beginning").isZero();
        }

        @Test
        void anEventIsKnownFromItsRecordingInstantOn() {
            assertThat(ids(list(END_OF_2026, t(10).minusMillis(1)))).isEmpty();
            assertThat(ids(list(END_OF_2026, t(10)))).containsExactly(E1);
        }

        @Test
        void betweenTheEventAndItsCorrectionItShowsTheOriginalFields() {
            EventPage page = list(END_OF_2026, ORIGINAL);
            assertThat(ids(page)).containsExactly(E1, E2, E3);

            EventEntry e1 = entry(page, E1);
            assertThat(e1.type()).isEqualTo("MeasureAnnounced");
            assertThat(e1.date()).isEqualTo(LocalDate.parse("2026-01-06"));
            assertThat(e1.datePrecision()).isEqualTo(DatePrecision.DAY);
            assertThat(e1.summary()).isEqualTo("CHN imposes EXPORT_BAN");
            assertThat(e1.sources()).containsExactly(REUTERS);
            assertThat(e1.recordedAt()).isEqualTo(t(10));
            assertThat(e1.position()).isEqualTo(1);
            assertThat(e1.actor()).isEqualTo(CHN);
            assertThat(e1.targets()).containsExactly(JPN);
            assertThat(e1.cameo()).isEqualTo(new EventEntry.Cameo("163", "Impose embargo, boycott, or sanctions", 4));
            assertThat(e1.goldstein()).isEqualTo(-8.0);
            assertThat(e1.aggregate()).isEqualTo(new EventEntry.AggregateRef("measure", "cn-ban"));
            assertThat(e1.corrected()).isFalse();
            assertThat(e1.correctedAt()).isNull();
        }

        @Test
        void fromTheCorrectionOnItShowsTheCorrectedFields() {
            EventPage page = list(END_OF_2026, CORRECTED);
            assertThat(ids(page)).containsExactly(E1, E2, E3);

            EventEntry e1 = entry(page, E1);
            assertThat(e1.date()).isEqualTo(LocalDate.parse("2026-01-09"));
            assertThat(e1.summary()).isEqualTo(CORRECTED_SUMMARY);
            assertThat(e1.sources()).containsExactly(XINHUA);
            assertThat(e1.corrected()).isTrue();
            assertThat(e1.correctedAt()).isEqualTo(t(40));
            // What a correction does not touch stays: first recording, position, coding, who and whom.
            assertThat(e1.recordedAt()).isEqualTo(t(10));
            assertThat(e1.position()).isEqualTo(1);
            assertThat(e1.type()).isEqualTo("MeasureAnnounced");
            assertThat(e1.cameo().code()).isEqualTo("163");
            assertThat(e1.goldstein()).isEqualTo(-8.0);
            assertThat(e1.actor()).isEqualTo(CHN);
            assertThat(e1.targets()).containsExactly(JPN);
            assertThat(entry(page, E2).corrected()).isFalse();
        }

        @Test
        void theCorrectionCountsFromItsOwnRecordingInstantToTheMillisecond() {
            assertThat(entry(list(END_OF_2026, t(40).minusMillis(1)), E1).corrected()).isFalse();
            assertThat(entry(list(END_OF_2026, t(40)), E1).corrected()).isTrue();
        }

        @Test
        void afterTheRetractionTheRetractedRecordIsGone() {
            assertThat(ids(list(END_OF_2026, RETRACTED))).containsExactly(E1, E3);
            assertThat(ids(list(END_OF_2026, t(50).minusMillis(1)))).containsExactly(E1, E2, E3);
            assertThat(ids(list(END_OF_2026, t(50)))).containsExactly(E1, E3);
        }

        @Test
        void asOfCountsTheWorldDateAsKnownAtTheCutoff() {
            // Original date 2026-01-06: on or before asOf counts.
            assertThat(ids(list(LocalDate.parse("2026-01-05"), ORIGINAL))).isEmpty();
            assertThat(ids(list(LocalDate.parse("2026-01-06"), ORIGINAL))).containsExactly(E1);
            assertThat(ids(list(LocalDate.parse("2026-01-07"), ORIGINAL))).containsExactly(E1);
            assertThat(ids(list(LocalDate.parse("2026-01-08"), ORIGINAL))).containsExactly(E1, E3);
            // Corrected date 2026-01-09: known after the correction, E1 is not yet in the world on 01-07 or 01-08.
            assertThat(ids(list(LocalDate.parse("2026-01-07"), CORRECTED))).isEmpty();
            assertThat(ids(list(LocalDate.parse("2026-01-08"), CORRECTED))).containsExactly(E3);
            assertThat(ids(list(LocalDate.parse("2026-01-09"), CORRECTED))).containsExactly(E1, E3);
            assertThat(ids(list(LocalDate.parse("2026-01-19"), CORRECTED))).containsExactly(E1, E3);
            assertThat(ids(list(LocalDate.parse("2026-01-20"), CORRECTED))).containsExactly(E1, E2, E3);
            assertThat(ids(list(LocalDate.parse("2026-01-20"), RETRACTED))).containsExactly(E1, E3);
        }

        @Test
        void theFiltersReadTheVersionKnownAtTheCutoff() {
            ListEvents januaryNinth = new ListEvents(END_OF_2026, ORIGINAL, null, null, null,
                    LocalDate.parse("2026-01-09"), LocalDate.parse("2026-01-09"), null, 100);
            assertThat(ids(events.list(januaryNinth))).isEmpty();
            ListEvents januaryNinthLater = new ListEvents(END_OF_2026, CORRECTED, null, null, null,
                    LocalDate.parse("2026-01-09"), LocalDate.parse("2026-01-09"), null, 100);
            assertThat(ids(events.list(januaryNinthLater))).containsExactly(E1);
        }

        @Test
        void aRecordCorrectedThenRetractedShowsEachVersionInTurnThenNothing() {
            UUID arrest = id(4);
            projection.recorded(incident(arrest, "arrest", "2025-09-08", "USA", List.of("KOR"), "173"), 4, t(60));
            projection.corrected(correction(id(13), arrest, "arrest", "2025-09-07", null, null), t(70));
            projection.retracted(retraction(id(14), arrest, "arrest"), t(80));
            ListEvents usa = new ListEvents(END_OF_2026, t(59), ActorCode.of("USA"), null, null, null, null, null, 10);

            assertThat(events.list(usa).items()).isEmpty();
            assertThat(events.list(withKnownAt(usa, t(65))).items()).extracting(EventEntry::eventId,
                    EventEntry::date, EventEntry::corrected).containsExactly(
                    tuple(arrest, LocalDate.parse("2025-09-08"), false));
            assertThat(events.list(withKnownAt(usa, t(75))).items()).extracting(EventEntry::eventId,
                    EventEntry::date, EventEntry::corrected, EventEntry::correctedAt).containsExactly(
                    tuple(arrest, LocalDate.parse("2025-09-07"), true, t(70)));
            assertThat(events.list(withKnownAt(usa, t(85))).items()).isEmpty();
        }

        static ListEvents withKnownAt(ListEvents query, Instant knownAt) {
            return new ListEvents(query.asOf(), knownAt, query.actor(), query.pair(), query.type(), query.from(),
                    query.to(), query.after(), query.limit());
        }
    }

    @Nested
    class TheMeasure {

        MeasureView measure(LocalDate asOf, Instant knownAt) {
            return states.measure("cn-ban", new Cutoff(asOf, knownAt)).orElseThrow();
        }

        @Test
        void isUnknownBeforeItWasRecorded() {
            assertThat(states.measure("cn-ban", new Cutoff(END_OF_2026, BEFORE))).isEmpty();
        }

        @Test
        void knownBeforeTheCorrectionItIsTightenedFromTheOriginalDate() {
            MeasureView m = measure(END_OF_2026, ORIGINAL);
            assertThat(m.id()).isEqualTo("cn-ban");
            assertThat(m.actor()).isEqualTo(CHN);
            assertThat(m.targets()).containsExactly(JPN);
            assertThat(m.kind()).isEqualTo(MeasureKind.EXPORT_BAN);
            assertThat(m.status()).isEqualTo(MeasureStatus.IN_FORCE);
            assertThat(m.since()).isEqualTo(LocalDate.parse("2026-01-20"));
            assertThat(m.items()).containsExactly("dual-use items", "rare earths");
            assertThat(m.history()).extracting(EventEntry::eventId, EventEntry::date, EventEntry::corrected)
                    .containsExactly(tuple(E1, LocalDate.parse("2026-01-06"), false),
                            tuple(E2, LocalDate.parse("2026-01-20"), false));
        }

        @Test
        void asOfBeforeTheTighteningItHasOnlyItsAnnouncement() {
            MeasureView m = measure(LocalDate.parse("2026-01-10"), ORIGINAL);
            assertThat(m.status()).isEqualTo(MeasureStatus.IN_FORCE);
            assertThat(m.since()).isEqualTo(LocalDate.parse("2026-01-06"));
            assertThat(m.items()).containsExactly("dual-use items");
            assertThat(m.history()).extracting(EventEntry::eventId).containsExactly(E1);
        }

        @Test
        void afterTheCorrectionItsAnnouncementCarriesTheCorrectedDate() {
            MeasureView m = measure(END_OF_2026, CORRECTED);
            assertThat(m.history()).extracting(EventEntry::eventId, EventEntry::date, EventEntry::summary,
                            EventEntry::corrected, EventEntry::correctedAt)
                    .containsExactly(tuple(E1, LocalDate.parse("2026-01-09"), CORRECTED_SUMMARY, true, t(40)),
                            tuple(E2, LocalDate.parse("2026-01-20"), "CHN tightens cn-ban", false, null));
            assertThat(m.since()).isEqualTo(LocalDate.parse("2026-01-20"));
            // As of 2026-01-07 the measure existed by the first report, not by the corrected one.
            assertThat(states.measure("cn-ban", new Cutoff(LocalDate.parse("2026-01-07"), ORIGINAL))).isPresent();
            assertThat(states.measure("cn-ban", new Cutoff(LocalDate.parse("2026-01-07"), CORRECTED))).isEmpty();
        }

        @Test
        void afterTheRetractionOfTheTighteningItIsBackToItsAnnouncement() {
            MeasureView m = measure(END_OF_2026, RETRACTED);
            assertThat(m.status()).isEqualTo(MeasureStatus.IN_FORCE);
            assertThat(m.since()).isEqualTo(LocalDate.parse("2026-01-09"));
            assertThat(m.items()).containsExactly("dual-use items");
            assertThat(m.history()).extracting(EventEntry::eventId).containsExactly(E1);
        }

        @Test
        void theProtestAboutItIsUntouchedByCorrectionsOfTheMeasure() {
            assertThat(states.protest("jp-protest", new Cutoff(END_OF_2026, RETRACTED)).orElseThrow().about())
                    .isEqualTo(new org.escalationtimeline.api.query.ProtestView.Subject("cn-ban", null));
        }
    }

    @Nested
    class TheLinks {

        @Test
        void betweenAPairFollowTheVersionKnown() {
            assertThat(links.between(CHN_JPN, new Cutoff(END_OF_2026, BEFORE))).isEmpty();
            assertThat(links.between(CHN_JPN, new Cutoff(END_OF_2026, ORIGINAL))).containsExactly(
                    new PairEvent(E1, LocalDate.parse("2026-01-06"), 1, -8.0, QuadClass.MATERIAL_CONFLICT),
                    new PairEvent(E2, LocalDate.parse("2026-01-20"), 2, -8.0, QuadClass.MATERIAL_CONFLICT),
                    new PairEvent(E3, LocalDate.parse("2026-01-08"), 3, -2.0, QuadClass.VERBAL_CONFLICT));
            assertThat(links.between(CHN_JPN, new Cutoff(END_OF_2026, CORRECTED))).containsExactly(
                    new PairEvent(E1, LocalDate.parse("2026-01-09"), 1, -8.0, QuadClass.MATERIAL_CONFLICT),
                    new PairEvent(E2, LocalDate.parse("2026-01-20"), 2, -8.0, QuadClass.MATERIAL_CONFLICT),
                    new PairEvent(E3, LocalDate.parse("2026-01-08"), 3, -2.0, QuadClass.VERBAL_CONFLICT));
            assertThat(links.between(CHN_JPN, new Cutoff(END_OF_2026, RETRACTED))).extracting(PairEvent::eventId)
                    .containsExactly(E1, E3);
        }
    }

    @Nested
    class TheTimeline {

        static final YearMonth DECEMBER = YearMonth.parse("2025-12");
        static final YearMonth FEBRUARY = YearMonth.parse("2026-02");

        TensionSeries timeline(LocalDate asOf, Instant knownAt) {
            return timelines.timeline(CHN_JPN, new Cutoff(asOf, knownAt), DECEMBER, FEBRUARY, Granularity.MONTH);
        }

        @Test
        void knownBeforeTheEventsItIsFlat() {
            TensionSeries series = timeline(END_OF_2026, BEFORE);
            assertThat(series.points()).containsExactly(
                    new TensionPoint("2025-12", 0.0, 0.0, 0.0, 0, List.of(0, 0, 0, 0)),
                    new TensionPoint("2026-01", 0.0, 0.0, 0.0, 0, List.of(0, 0, 0, 0)),
                    new TensionPoint("2026-02", 0.0, 0.0, 0.0, 0, List.of(0, 0, 0, 0)));
            assertThat(series.episodes()).isEmpty();
        }

        @Test
        void knownBeforeTheCorrectionTheOriginalAnnouncementOpensTheEpisode() {
            // January: C = 8 + 8 + 2 = 18, T = 18; February: T = 0.75 × 18 = 13.5.
            TensionSeries series = timeline(END_OF_2026, ORIGINAL);
            assertThat(series.points()).containsExactly(
                    new TensionPoint("2025-12", 0.0, 0.0, 0.0, 0, List.of(0, 0, 0, 0)),
                    new TensionPoint("2026-01", 18.0, 18.0, 0.0, 3, List.of(0, 0, 1, 2)),
                    new TensionPoint("2026-02", 13.5, 0.0, 0.0, 0, List.of(0, 0, 0, 0)));
            assertThat(series.episodes()).containsExactly(new Episode(YearMonth.parse("2026-01"), FEBRUARY,
                    YearMonth.parse("2026-01"), 18.0, E1, true));
        }

        @Test
        void afterTheCorrectionTheProtestOfJanuaryEighthOpensIt() {
            // Same sums; E1 now dated 01-09, so the first conflict of January is E3 (01-08).
            TensionSeries series = timeline(END_OF_2026, CORRECTED);
            assertThat(series.points()).extracting(TensionPoint::period, TensionPoint::tension)
                    .containsExactly(tuple("2025-12", 0.0), tuple("2026-01", 18.0), tuple("2026-02", 13.5));
            assertThat(series.episodes()).containsExactly(new Episode(YearMonth.parse("2026-01"), FEBRUARY,
                    YearMonth.parse("2026-01"), 18.0, E3, true));
        }

        @Test
        void afterTheRetractionTheTighteningNoLongerCounts() {
            // January: C = 8 + 2 = 10, T = 10; February: T = 7.5, below 8: the episode is January alone.
            TensionSeries series = timeline(END_OF_2026, RETRACTED);
            assertThat(series.points()).containsExactly(
                    new TensionPoint("2025-12", 0.0, 0.0, 0.0, 0, List.of(0, 0, 0, 0)),
                    new TensionPoint("2026-01", 10.0, 10.0, 0.0, 2, List.of(0, 0, 1, 1)),
                    new TensionPoint("2026-02", 7.5, 0.0, 0.0, 0, List.of(0, 0, 0, 0)));
            assertThat(series.episodes()).containsExactly(new Episode(YearMonth.parse("2026-01"),
                    YearMonth.parse("2026-01"), YearMonth.parse("2026-01"), 10.0, E3, false));
        }

        @Test
        void asOfTheSeventhOfJanuaryItDependsOnWhichDateWasKnown() {
            // Known at t(35): E1 (01-06) alone, T = 8.0, an episode still open at asOf's month.
            TensionSeries original = timeline(LocalDate.parse("2026-01-07"), ORIGINAL);
            assertThat(original.to()).isEqualTo(YearMonth.parse("2026-01"));
            assertThat(original.points()).containsExactly(
                    new TensionPoint("2025-12", 0.0, 0.0, 0.0, 0, List.of(0, 0, 0, 0)),
                    new TensionPoint("2026-01", 8.0, 8.0, 0.0, 1, List.of(0, 0, 0, 1)));
            assertThat(original.episodes()).containsExactly(new Episode(YearMonth.parse("2026-01"),
                    YearMonth.parse("2026-01"), YearMonth.parse("2026-01"), 8.0, E1, true));
            // Known at t(45): E1 is dated 01-09, after asOf.
            TensionSeries corrected = timeline(LocalDate.parse("2026-01-07"), CORRECTED);
            assertThat(corrected.points()).extracting(TensionPoint::tension).containsExactly(0.0, 0.0);
            assertThat(corrected.episodes()).isEmpty();
        }
    }

    @Nested
    class TheStances {

        static final LocalDate END_OF_JANUARY = LocalDate.parse("2026-01-31");

        @Test
        void knownBeforeTheCorrectionChinaCoercesWithTwoSanctionsInTheWindow() {
            List<Stance> all = stances.stances(new Cutoff(END_OF_JANUARY, ORIGINAL), 90, null);
            assertThat(all).containsExactly(
                    new Stance(CHN, JPN, Posture.COERCING, List.of(0, 0, 0, 2), -16.0, List.of("cn-ban"), List.of(E1)),
                    new Stance(JPN, CHN, Posture.PROTESTING, List.of(0, 0, 1, 0), -2.0, List.of(), List.of(E3)));
        }

        @Test
        void afterTheRetractionOnlyTheAnnouncementCounts() {
            List<Stance> all = stances.stances(new Cutoff(END_OF_JANUARY, RETRACTED), 90, null);
            assertThat(all).containsExactly(
                    new Stance(CHN, JPN, Posture.COERCING, List.of(0, 0, 0, 1), -8.0, List.of("cn-ban"), List.of(E1)),
                    new Stance(JPN, CHN, Posture.PROTESTING, List.of(0, 0, 1, 0), -2.0, List.of(), List.of(E3)));
        }

        @Test
        void asOfTheSeventhOfJanuaryTheCorrectedMeasureIsNotInForceYet() {
            assertThat(stances.stances(new Cutoff(LocalDate.parse("2026-01-07"), ORIGINAL), 90, null))
                    .extracting(Stance::actor, Stance::toward, Stance::posture)
                    .containsExactly(tuple(CHN, JPN, Posture.COERCING), tuple(JPN, CHN, Posture.NEUTRAL));
            assertThat(stances.stances(new Cutoff(LocalDate.parse("2026-01-07"), CORRECTED), 90, null)).isEmpty();
        }

        @Test
        void knownBeforeAnythingThereAreNoStances() {
            assertThat(stances.stances(new Cutoff(END_OF_JANUARY, BEFORE), 90, null)).isEmpty();
        }
    }
}
