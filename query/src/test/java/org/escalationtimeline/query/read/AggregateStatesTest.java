package org.escalationtimeline.query.read;

import org.assertj.core.api.SoftAssertions;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureStatus;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.MeetingStatus;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.ProtestResponse;
import org.escalationtimeline.api.protest.ProtestSubject;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.query.MeasureView;
import org.escalationtimeline.api.query.MeetingView;
import org.escalationtimeline.api.query.ProtestView;
import org.escalationtimeline.api.query.StatementView;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.query.EarlierRevisions;
import org.escalationtimeline.query.projection.DrivenProjection;
import org.escalationtimeline.query.projection.ReadModelDb;
import org.escalationtimeline.query.view.MeasureSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.escalationtimeline.query.projection.Developments.correction;
import static org.escalationtimeline.query.projection.Developments.id;
import static org.escalationtimeline.query.projection.Developments.measureAnnounced;
import static org.escalationtimeline.query.projection.Developments.measureEased;
import static org.escalationtimeline.query.projection.Developments.measureLifted;
import static org.escalationtimeline.query.projection.Developments.measureSuspended;
import static org.escalationtimeline.query.projection.Developments.measureThreatened;
import static org.escalationtimeline.query.projection.Developments.measureTightened;
import static org.escalationtimeline.query.projection.Developments.meetingCancelled;
import static org.escalationtimeline.query.projection.Developments.meetingHeld;
import static org.escalationtimeline.query.projection.Developments.meetingScheduled;
import static org.escalationtimeline.query.projection.Developments.protestLodged;
import static org.escalationtimeline.query.projection.Developments.protestRejected;
import static org.escalationtimeline.query.projection.Developments.protestUpheld;
import static org.escalationtimeline.query.projection.Developments.retraction;
import static org.escalationtimeline.query.projection.Developments.retractionDemanded;
import static org.escalationtimeline.query.projection.Developments.retractionRefused;
import static org.escalationtimeline.query.projection.Developments.statementMade;
import static org.escalationtimeline.query.projection.Developments.statementRetracted;

/**
 * The state of one measure, statement, protest or meeting folded from its history as known at a
 * cutoff: asOf picks which of its developments count. Every event is recorded at t(position).
 */
class AggregateStatesTest {

    static final Instant KNOWN_AT = Instant.parse("2026-06-01T00:00:00Z");
    static final ActorCode CHN = ActorCode.of("CHN");
    static final ActorCode JPN = ActorCode.of("JPN");
    static final ActorCode USA = ActorCode.of("USA");
    static final ActorCode KOR = ActorCode.of("KOR");
    static final ActorCode WTO = ActorCode.of("WTO");

    static Instant t(long position) {
        return Instant.parse("2026-02-01T10:00:00Z").plusSeconds(position);
    }

    static Cutoff asOf(String date) {
        return new Cutoff(LocalDate.parse(date), KNOWN_AT);
    }

    ReadModelDb db;
    DrivenProjection projection;
    AggregateStates states;

    @BeforeEach
    void open() {
        db = ReadModelDb.create();
        projection = db.projection(1);
        states = new AggregateStates(new AggregateHistory(db.jdbc(), new LiveGeneration(db.jdbc()),
                new EarlierRevisions(List.of())));
    }

    @AfterEach
    void close() {
        db.close();
    }

    void record(long position, org.escalationtimeline.api.RecordedDevelopment event) {
        projection.recorded(event, position, t(position));
    }

    @Nested
    class AMeasure {

        /**
         * us-tariff, USA against CHN: threatened 2025-03-01, announced 04-02, eased 05-12 until 08-12,
         * suspended 06-01 until 11-10, tightened 09-01 with "semiconductors", lifted 11-10.
         */
        @BeforeEach
        void recordItsLifecycle() {
            List<String> chn = List.of("CHN");
            record(1, measureThreatened(id(1), "us-tariff", "2025-03-01", "USA", chn, MeasureKind.TARIFF,
                    List.of("steel")));
            record(2, measureAnnounced(id(2), "us-tariff", "2025-04-02", "USA", chn, MeasureKind.TARIFF,
                    List.of("steel")));
            record(3, measureEased(id(3), "us-tariff", "2025-05-12", "USA", chn, "2025-08-12"));
            record(4, measureSuspended(id(4), "us-tariff", "2025-06-01", "USA", chn, "2025-11-10"));
            record(5, measureTightened(id(5), "us-tariff", "2025-09-01", "USA", chn, List.of("semiconductors")));
            record(6, measureLifted(id(6), "us-tariff", "2025-11-10", "USA", chn));
        }

        MeasureView at(String date) {
            return states.measure("us-tariff", asOf(date)).orElseThrow();
        }

        @Test
        void beforeItsThreatItIsUnknown() {
            assertThat(states.measure("us-tariff", asOf("2025-02-28"))).isEmpty();
        }

        @Test
        void threatened() {
            MeasureView m = at("2025-03-01");
            assertThat(m.status()).isEqualTo(MeasureStatus.THREATENED);
            assertThat(m.since()).isEqualTo(LocalDate.parse("2025-03-01"));
            assertThat(m.actor()).isEqualTo(USA);
            assertThat(m.targets()).containsExactly(CHN);
            assertThat(m.kind()).isEqualTo(MeasureKind.TARIFF);
            assertThat(m.items()).containsExactly("steel");
            assertThat(m.until()).isNull();
            assertThat(m.history()).extracting(EventEntry::eventId).containsExactly(id(1));
        }

        @Test
        void inForceOnceAnnounced() {
            MeasureView m = at("2025-04-30");
            assertThat(m.status()).isEqualTo(MeasureStatus.IN_FORCE);
            assertThat(m.since()).isEqualTo(LocalDate.parse("2025-04-02"));
            assertThat(m.history()).extracting(EventEntry::type).containsExactly("MeasureThreatened",
                    "MeasureAnnounced");
        }

        @Test
        void easedUntilTheAnnouncedEnd() {
            MeasureView m = at("2025-05-20");
            assertThat(m.status()).isEqualTo(MeasureStatus.EASED);
            assertThat(m.since()).isEqualTo(LocalDate.parse("2025-05-12"));
            assertThat(m.until()).isEqualTo(LocalDate.parse("2025-08-12"));
        }

        @Test
        void suspended() {
            MeasureView m = at("2025-07-01");
            assertThat(m.status()).isEqualTo(MeasureStatus.SUSPENDED);
            assertThat(m.since()).isEqualTo(LocalDate.parse("2025-06-01"));
            assertThat(m.until()).isEqualTo(LocalDate.parse("2025-11-10"));
        }

        @Test
        void inForceAgainWhenTightenedWithTheAddedItems() {
            MeasureView m = at("2025-10-01");
            assertThat(m.status()).isEqualTo(MeasureStatus.IN_FORCE);
            assertThat(m.since()).isEqualTo(LocalDate.parse("2025-09-01"));
            assertThat(m.items()).containsExactly("steel", "semiconductors");
            assertThat(m.until()).isNull();
        }

        @Test
        void liftedForGood() {
            MeasureView m = at("2025-11-10");
            assertThat(m.status()).isEqualTo(MeasureStatus.LIFTED);
            assertThat(m.since()).isEqualTo(LocalDate.parse("2025-11-10"));
            assertThat(m.history()).extracting(EventEntry::eventId)
                    .containsExactly(id(1), id(2), id(3), id(4), id(5), id(6));
            assertThat(at("2026-12-31").status()).isEqualTo(MeasureStatus.LIFTED);
        }

        @Test
        void itsSnapshotForTheStancesNamesItsThreatAndAnnouncement() {
            assertThat(states.measures(asOf("2025-03-15"))).containsExactly(new MeasureSnapshot("us-tariff", USA,
                    List.of(CHN), MeasureStatus.THREATENED, null, null, id(1)));
            assertThat(states.measures(asOf("2025-10-01"))).containsExactly(new MeasureSnapshot("us-tariff", USA,
                    List.of(CHN), MeasureStatus.IN_FORCE, LocalDate.parse("2025-04-02"), id(2), id(1)));
        }

        @Test
        void itIsNotAStatementProtestOrMeeting() {
            assertThat(states.statement("us-tariff", asOf("2026-12-31"))).isEmpty();
            assertThat(states.protest("us-tariff", asOf("2026-12-31"))).isEmpty();
            assertThat(states.meeting("us-tariff", asOf("2026-12-31"))).isEmpty();
            assertThat(states.measure("no-such-measure", asOf("2026-12-31"))).isEmpty();
        }
    }

    @Nested
    class AStatement {

        @BeforeEach
        void recordIt() {
            record(1, statementMade(id(1), "jp-taiwan", "2025-11-07", "JPN", List.of("CHN"), Tone.HOSTILE));
            record(2, retractionDemanded(id(2), "jp-taiwan", "2025-11-10", "CHN", "JPN"));
            record(3, retractionRefused(id(3), "jp-taiwan", "2025-11-12", "JPN", "CHN"));
            record(4, statementRetracted(id(4), "jp-taiwan", "2025-12-01", "JPN", "CHN"));
        }

        @Test
        void foldsDemandsRefusalsAndTheRetractionByAsOf() {
            StatementView made = states.statement("jp-taiwan", asOf("2025-11-07")).orElseThrow();
            assertThat(made.actor()).isEqualTo(JPN);
            assertThat(made.speaker()).isEqualTo("Prime Minister");
            assertThat(made.about()).containsExactly(CHN);
            assertThat(made.tone()).isEqualTo(Tone.HOSTILE);
            assertThat(made.topic()).isEqualTo("Taiwan");
            assertThat(made.retractionDemandedBy()).isEmpty();
            assertThat(made.refusals()).isZero();
            assertThat(made.retracted()).isFalse();

            StatementView demanded = states.statement("jp-taiwan", asOf("2025-11-11")).orElseThrow();
            assertThat(demanded.retractionDemandedBy()).containsExactly(CHN);
            assertThat(demanded.refusals()).isZero();

            StatementView refused = states.statement("jp-taiwan", asOf("2025-11-13")).orElseThrow();
            assertThat(refused.refusals()).isEqualTo(1);
            assertThat(refused.retracted()).isFalse();

            StatementView retracted = states.statement("jp-taiwan", asOf("2025-12-01")).orElseThrow();
            assertThat(retracted.retracted()).isTrue();
            assertThat(retracted.history()).extracting(EventEntry::type).containsExactly("StatementMade",
                    "RetractionDemanded", "RetractionRefused", "StatementRetracted");
            assertThat(retracted.history()).extracting(EventEntry::actor).containsExactly(JPN, CHN, JPN, JPN);
        }

        @Test
        void aRetractedRecordOfTheRefusalNoLongerCounts() {
            projection.retracted(retraction(id(13), id(3), "jp-taiwan"), t(20));
            StatementView view = states.statement("jp-taiwan", new Cutoff(LocalDate.parse("2025-11-30"), t(21)))
                    .orElseThrow();
            assertThat(view.refusals()).isZero();
            assertThat(states.statement("jp-taiwan", new Cutoff(LocalDate.parse("2025-11-30"), t(19))).orElseThrow()
                    .refusals()).isEqualTo(1);
        }
    }

    @Nested
    class AProtest {

        @BeforeEach
        void recordIt() {
            record(1, protestLodged(id(1), "jp-wto", "2026-01-08", "JPN", "CHN", Forum.WTO,
                    ProtestSubject.measure("cn-ban")));
            record(2, protestRejected(id(2), "jp-wto", "2026-01-10", "CHN", "JPN"));
            record(3, protestUpheld(id(3), "jp-wto", "2026-03-01", "CHN"));
        }

        @Test
        void foldsItsAnswersByAsOf() {
            ProtestView lodged = states.protest("jp-wto", asOf("2026-01-09")).orElseThrow();
            assertThat(lodged.actor()).isEqualTo(JPN);
            assertThat(lodged.against()).isEqualTo(CHN);
            assertThat(lodged.forum()).isEqualTo(Forum.WTO);
            assertThat(lodged.about()).isEqualTo(new ProtestView.Subject("cn-ban", null));
            assertThat(lodged.answers()).isEmpty();

            assertThat(states.protest("jp-wto", asOf("2026-01-11")).orElseThrow().answers())
                    .containsExactly(ProtestResponse.REJECTED);
            ProtestView ruled = states.protest("jp-wto", asOf("2026-03-02")).orElseThrow();
            assertThat(ruled.answers()).containsExactly(ProtestResponse.REJECTED, ProtestResponse.UPHELD);
            assertThat(ruled.history()).extracting(EventEntry::actor, EventEntry::targets).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(JPN, List.of(CHN)),
                    org.assertj.core.groups.Tuple.tuple(CHN, List.of(JPN)),
                    org.assertj.core.groups.Tuple.tuple(WTO, List.of(CHN)));
        }

        @Test
        void aProtestAboutNothingHasNoSubject() {
            record(4, protestLodged(id(4), "jp-g7", "2026-01-09", "JPN", "CHN", Forum.G7, null));
            assertThat(states.protest("jp-g7", asOf("2026-12-31")).orElseThrow().about()).isNull();
        }
    }

    @Nested
    class AMeeting {

        @BeforeEach
        void recordIt() {
            record(1, meetingScheduled(id(1), "busan", "2025-10-20", MeetingKind.SUMMIT, "KOR", "2025-10",
                    "USA", "CHN"));
            record(2, meetingHeld(id(2), "busan", "2025-10-30", MeetingKind.SUMMIT, "KOR", Outcome.AGREEMENT,
                    "USA", "CHN"));
            record(3, meetingScheduled(id(3), "trilateral", "2025-11-01", MeetingKind.MEETING, null, null,
                    "CHN", "JPN", "KOR"));
            record(4, meetingCancelled(id(4), "trilateral", "2025-11-20", "CHN", "JPN", "KOR"));
        }

        @Test
        void scheduledThenHeldWithItsOutcome() {
            MeetingView scheduled = states.meeting("busan", asOf("2025-10-25")).orElseThrow();
            assertThat(scheduled.kind()).isEqualTo(MeetingKind.SUMMIT);
            assertThat(scheduled.participants()).containsExactly(USA, CHN);
            assertThat(scheduled.host()).isEqualTo(KOR);
            assertThat(scheduled.plannedFor()).isEqualTo("2025-10");
            assertThat(scheduled.status()).isEqualTo(MeetingStatus.SCHEDULED);
            assertThat(scheduled.outcome()).isNull();

            MeetingView held = states.meeting("busan", asOf("2025-10-31")).orElseThrow();
            assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
            assertThat(held.outcome()).isEqualTo(Outcome.AGREEMENT);
            assertThat(held.history()).extracting(EventEntry::type).containsExactly("MeetingScheduled",
                    "MeetingHeld");
        }

        @Test
        void scheduledThenCancelled() {
            assertThat(states.meeting("trilateral", asOf("2025-11-19")).orElseThrow().status())
                    .isEqualTo(MeetingStatus.SCHEDULED);
            MeetingView cancelled = states.meeting("trilateral", asOf("2025-11-20")).orElseThrow();
            assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
            assertThat(cancelled.host()).isNull();
            assertThat(cancelled.plannedFor()).isNull();
            assertThat(cancelled.participants()).containsExactly(CHN, JPN, KOR);
        }
    }

    /**
     * A record retraction or a date correction can leave a measure whose earliest visible
     * development is not the one that created it. Its state must still be read (DESIGN §4: a
     * retracted record simply stops counting), and the stances that fold every measure must not fail.
     */
    @Nested
    class AMeasureWhoseCreationNoLongerComesFirst {

        @BeforeEach
        void recordIt() {
            List<String> jpn = List.of("JPN");
            record(1, measureAnnounced(id(1), "cn-ban", "2026-01-06", "CHN", jpn, MeasureKind.EXPORT_BAN,
                    List.of("dual-use items")));
            record(2, measureTightened(id(2), "cn-ban", "2026-01-20", "CHN", jpn, List.of("rare earths")));
        }

        @Test
        void afterItsAnnouncementIsRetractedItIsStillRead() {
            projection.retracted(retraction(id(12), id(1), "cn-ban"), t(30));
            Cutoff cutoff = new Cutoff(LocalDate.parse("2026-12-31"), t(31));

            assertThatCode(() -> states.measures(cutoff)).doesNotThrowAnyException();
            assertThatCode(() -> states.measure("cn-ban", cutoff)).doesNotThrowAnyException();
            Optional<MeasureView> view = states.measure("cn-ban", cutoff);
            view.ifPresent(m -> assertThat(m.history()).extracting(EventEntry::eventId).containsExactly(id(2)));
        }

        @Test
        void theSameHoldsForAStatementAProtestAndAMeetingWhoseCreationIsRetracted() {
            record(3, statementMade(id(3), "jp-taiwan", "2025-11-07", "JPN", List.of("CHN"), Tone.HOSTILE));
            record(4, retractionDemanded(id(4), "jp-taiwan", "2025-11-10", "CHN", "JPN"));
            record(5, protestLodged(id(5), "jp-protest", "2026-01-08", "JPN", "CHN", Forum.DIPLOMATIC, null));
            record(6, protestRejected(id(6), "jp-protest", "2026-01-10", "CHN", "JPN"));
            record(7, meetingScheduled(id(7), "trilateral", "2025-11-01", MeetingKind.MEETING, null, null,
                    "CHN", "JPN"));
            record(8, meetingCancelled(id(8), "trilateral", "2025-11-20", "CHN", "JPN"));
            projection.retracted(retraction(id(13), id(3), "jp-taiwan"), t(30));
            projection.retracted(retraction(id(15), id(5), "jp-protest"), t(30));
            projection.retracted(retraction(id(17), id(7), "trilateral"), t(30));
            Cutoff cutoff = new Cutoff(LocalDate.parse("2026-12-31"), t(31));

            SoftAssertions.assertSoftly(soft -> {
                soft.assertThatCode(() -> states.statement("jp-taiwan", cutoff)).as("statement")
                        .doesNotThrowAnyException();
                soft.assertThatCode(() -> states.protest("jp-protest", cutoff)).as("protest")
                        .doesNotThrowAnyException();
                soft.assertThatCode(() -> states.meeting("trilateral", cutoff)).as("meeting")
                        .doesNotThrowAnyException();
            });
        }

        @Test
        void afterItsAnnouncementIsCorrectedToALaterDateItKeepsItsKind() {
            projection.corrected(correction(id(11), id(1), "cn-ban", "2026-01-25", null, null), t(30));
            Cutoff cutoff = new Cutoff(LocalDate.parse("2026-12-31"), t(31));

            assertThatCode(() -> states.measures(cutoff)).doesNotThrowAnyException();
            MeasureView view = states.measure("cn-ban", cutoff).orElseThrow();
            assertThat(view.kind()).isEqualTo(MeasureKind.EXPORT_BAN);
            assertThat(view.history()).extracting(EventEntry::eventId).containsExactlyInAnyOrder(id(1), id(2));
        }
    }
}
