package org.escalationtimeline.query.read;

import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.measure.MeasureEased;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureStatus;
import org.escalationtimeline.api.measure.MeasureSuspended;
import org.escalationtimeline.api.meeting.MeetingHeld;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.MeetingStatus;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.ProtestAcknowledged;
import org.escalationtimeline.api.protest.ProtestResponse;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.query.MeasureView;
import org.escalationtimeline.api.statement.RetractionDemanded;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.query.EarlierRevisions;
import org.escalationtimeline.query.projection.DrivenProjection;
import org.escalationtimeline.query.projection.ReadModelDb;
import org.escalationtimeline.query.view.Posture;
import org.escalationtimeline.query.view.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.escalationtimeline.query.projection.Developments.correction;
import static org.escalationtimeline.query.projection.Developments.id;
import static org.escalationtimeline.query.projection.Developments.measureAnnounced;
import static org.escalationtimeline.query.projection.Developments.measureEased;
import static org.escalationtimeline.query.projection.Developments.measureLifted;
import static org.escalationtimeline.query.projection.Developments.measureSuspended;
import static org.escalationtimeline.query.projection.Developments.meetingHeld;
import static org.escalationtimeline.query.projection.Developments.meetingScheduled;
import static org.escalationtimeline.query.projection.Developments.protestLodged;
import static org.escalationtimeline.query.projection.Developments.protestRejected;
import static org.escalationtimeline.query.projection.Developments.retractionDemanded;
import static org.escalationtimeline.query.projection.Developments.statementMade;

/**
 * An aggregate's state folds in the aggregate's own sequence, whatever the world dates of its
 * developments say: a vaguer date the write side accepts after a precise one ("eased 2025-10"
 * after "announced 2025-10-09": the month's first day sorts first) or a date correction can date
 * a later development before an earlier one. asOf only decides which developments count. Every
 * event is recorded at t(position); reads are known at 2026-06-01 unless a test says otherwise.
 */
class AggregateSequenceFoldTest {

    static final Instant KNOWN_AT = Instant.parse("2026-06-01T00:00:00Z");
    static final ActorCode CHN = ActorCode.of("CHN");
    static final ActorCode JPN = ActorCode.of("JPN");
    static final List<String> TO_JAPAN = List.of("JPN");

    static Instant t(long position) {
        return Instant.parse("2026-02-01T10:00:00Z").plusSeconds(position);
    }

    static Cutoff asOf(String date) {
        return new Cutoff(LocalDate.parse(date), KNOWN_AT);
    }

    /** The same development, dated {@code isoDate} ("2025-10" is the month, precision MONTH). */
    static Development dated(String isoDate, Development d) {
        return new Development(d.eventId(), EventDate.parse(isoDate), d.actor(), d.targets(), d.summary(), d.sources(),
                d.cameo(), d.goldstein());
    }

    ReadModelDb db;
    DrivenProjection projection;
    AggregateStates states;
    StanceReader stances;

    @BeforeEach
    void open() {
        db = ReadModelDb.create();
        projection = db.projection(1);
        LiveGeneration live = new LiveGeneration(db.jdbc());
        states = new AggregateStates(new AggregateHistory(db.jdbc(), live, new EarlierRevisions(List.of())));
        stances = new StanceReader(new LinkReader(db.jdbc(), live), states, new ActorReader(db.jdbc(), live));
    }

    @AfterEach
    void close() {
        db.close();
    }

    void record(long position, RecordedDevelopment event) {
        projection.recorded(event, position, t(position));
    }

    void announceTheBan() {
        record(1, measureAnnounced(id(1), "cn-ban", "2025-10-09", "CHN", TO_JAPAN, MeasureKind.EXPORT_BAN,
                List.of("dual-use items")));
    }

    Stance chinaTowardJapan(Cutoff cutoff) {
        return stances.stances(cutoff, 90, CHN).stream().filter(s -> s.toward().equals(JPN)).findFirst()
                .orElseThrow();
    }

    @Test
    void anEaseDatedOnlyByItsMonthAfterTheAnnouncementLeavesTheMeasureEased() {
        announceTheBan();
        MeasureEased eased = measureEased(id(2), "cn-ban", "2025-10-20", "CHN", TO_JAPAN, null);
        record(2, new MeasureEased("cn-ban", null, dated("2025-10", eased.development())));

        MeasureView m = states.measure("cn-ban", asOf("2025-10-31")).orElseThrow();
        assertThat(m.status()).isEqualTo(MeasureStatus.EASED);
        assertThat(m.since()).isEqualTo(LocalDate.parse("2025-10-01"));
        assertThat(m.history()).extracting(EventEntry::eventId).containsExactly(id(1), id(2));
        // The ease followed the announcement: it cannot count before it, however its date reads.
        assertThat(states.measure("cn-ban", asOf("2025-10-05"))).isEmpty();
        assertThat(states.measure("cn-ban", asOf("2025-10-09")).orElseThrow().status())
                .isEqualTo(MeasureStatus.EASED);
    }

    @Test
    void aSuspensionDatedOnlyByItsMonthEndsTheCoercionInTheStances() {
        announceTheBan();
        assertThat(chinaTowardJapan(asOf("2025-10-31")).posture()).isEqualTo(Posture.COERCING);

        MeasureSuspended suspended = measureSuspended(id(2), "cn-ban", "2025-10-20", "CHN", TO_JAPAN, null);
        record(2, new MeasureSuspended("cn-ban", null, dated("2025-10", suspended.development())));

        assertThat(states.measure("cn-ban", asOf("2025-10-31")).orElseThrow().status())
                .isEqualTo(MeasureStatus.SUSPENDED);
        Stance stance = chinaTowardJapan(asOf("2025-10-31"));
        assertThat(stance.posture()).isNotEqualTo(Posture.COERCING);
        assertThat(stance.activeMeasures()).isEmpty();
    }

    /** Announced 2025-10-09 (E1), lifted 2025-10-20 (E2); then, at t(10), correction E20 dates {@code record} to {@code day}. */
    void liftTheBanThenCorrect(UUID record, String day) {
        announceTheBan();
        record(2, measureLifted(id(2), "cn-ban", "2025-10-20", "CHN", TO_JAPAN));
        projection.corrected(correction(id(20), record, "cn-ban", day, null, null), t(10));
    }

    @Test
    void aCorrectionThatDatesTheLiftBeforeTheAnnouncementDoesNotResurrectTheMeasure() {
        liftTheBanThenCorrect(id(2), "2025-10-01");

        Cutoff before = new Cutoff(LocalDate.parse("2026-01-10"), t(9));
        Cutoff after = new Cutoff(LocalDate.parse("2026-01-10"), t(11));
        assertThat(states.measure("cn-ban", before).orElseThrow().status()).isEqualTo(MeasureStatus.LIFTED);
        MeasureView corrected = states.measure("cn-ban", after).orElseThrow();
        assertThat(corrected.status()).isEqualTo(MeasureStatus.LIFTED);
        assertThat(corrected.history()).extracting(EventEntry::eventId).containsExactly(id(1), id(2));

        assertThat(chinaTowardJapan(after).activeMeasures()).isEmpty();
        assertThat(chinaTowardJapan(after).posture()).isNotEqualTo(Posture.COERCING);
    }

    @Test
    void aCorrectionThatDatesTheSuspensionBeforeTheAnnouncementKeepsTheMeasureSuspended() {
        announceTheBan();
        record(2, measureSuspended(id(2), "cn-ban", "2025-10-20", "CHN", TO_JAPAN, null));
        projection.corrected(correction(id(20), id(2), "cn-ban", "2025-10-01", null, null), t(10));

        Cutoff after = new Cutoff(LocalDate.parse("2026-01-10"), t(11));
        assertThat(states.measure("cn-ban", after).orElseThrow().status()).isEqualTo(MeasureStatus.SUSPENDED);
        assertThat(chinaTowardJapan(after).activeMeasures()).isEmpty();
        assertThat(chinaTowardJapan(after).posture()).isNotEqualTo(Posture.COERCING);
    }

    @Test
    void aCorrectionThatDatesTheAnnouncementAfterTheLiftStillEndsLifted() {
        liftTheBanThenCorrect(id(1), "2025-10-25");

        Cutoff late = new Cutoff(LocalDate.parse("2025-10-22"), t(11));
        // The lift follows the announcement, now dated 10-25: as of 10-22 neither counts.
        assertThat(states.measure("cn-ban", late)).isEmpty();
        assertThat(states.measure("cn-ban", new Cutoff(LocalDate.parse("2025-10-25"), t(11))).orElseThrow().status())
                .isEqualTo(MeasureStatus.LIFTED);
    }

    @Test
    void aMeetingHeldInAMonthAfterItWasScheduledOnADayIsHeld() {
        record(1, meetingScheduled(id(1), "summit", "2025-10-20", MeetingKind.SUMMIT, null, "2025-10", "CHN", "JPN"));
        MeetingHeld held = meetingHeld(id(2), "summit", "2025-10-30", MeetingKind.SUMMIT, null, Outcome.AGREEMENT,
                "CHN", "JPN");
        record(2, new MeetingHeld("summit", held.kind(), held.participants(), null, Outcome.AGREEMENT,
                dated("2025-10", held.development())));

        assertThat(states.meeting("summit", asOf("2025-10-31")).orElseThrow().status())
                .isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void aProtestsAnswersAndAStatementsHistoryAreInTheirOwnSequence() {
        record(1, protestLodged(id(1), "jp-protest", "2025-10-20", "JPN", "CHN", Forum.DIPLOMATIC, null));
        record(2, protestRejected(id(2), "jp-protest", "2025-10-21", "CHN", "JPN"));
        ProtestAcknowledged acknowledged = new ProtestAcknowledged("jp-protest",
                dated("2025-10", protestRejected(id(3), "jp-protest", "2025-10-22", "CHN", "JPN").development()));
        record(3, acknowledged);
        assertThat(states.protest("jp-protest", asOf("2025-10-31")).orElseThrow().answers())
                .containsExactly(ProtestResponse.REJECTED, ProtestResponse.ACKNOWLEDGED);

        record(4, statementMade(id(4), "jp-taiwan", "2025-11-07", "JPN", List.of("CHN"), Tone.HOSTILE));
        RetractionDemanded demand = retractionDemanded(id(5), "jp-taiwan", "2025-11-10", "CHN", "JPN");
        record(5, new RetractionDemanded("jp-taiwan", dated("2025-11", demand.development())));
        assertThat(states.statement("jp-taiwan", asOf("2025-11-30")).orElseThrow().history())
                .extracting(EventEntry::eventId).containsExactly(id(4), id(5));
    }

    @Test
    void aDevelopmentOfAKindTheFoldDoesNotKnowIsRefusedByName() {
        announceTheBan();
        record(2, measureLifted(id(2), "cn-ban", "2025-10-20", "CHN", TO_JAPAN));
        renameType(id(2), "MeasureExtended");

        assertThatThrownBy(() -> states.measure("cn-ban", asOf("2025-12-31")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MeasureExtended");
        assertThatThrownBy(() -> states.measures(asOf("2025-12-31")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MeasureExtended");
    }

    @Test
    void aMeetingDevelopmentTheFoldDoesNotKnowIsRefusedRatherThanReadAsACancellation() {
        record(1, meetingScheduled(id(1), "summit", "2025-10-20", MeetingKind.SUMMIT, null, null, "CHN", "JPN"));
        record(2, meetingHeld(id(2), "summit", "2025-10-30", MeetingKind.SUMMIT, null, Outcome.NONE, "CHN", "JPN"));
        renameType(id(2), "MeetingPostponed");

        assertThatThrownBy(() -> states.meeting("summit", asOf("2025-12-31")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MeetingPostponed");
    }

    @Test
    void everyDevelopmentTheFoldsKnowIsNamedAsTheEventClassTheProjectionStores() {
        for (Class<? extends Enum<?>> kinds : List.of(AggregateStates.MeasureDevelopment.class,
                AggregateStates.StatementDevelopment.class, AggregateStates.ProtestDevelopment.class,
                AggregateStates.MeetingDevelopment.class)) {
            String aggregate = kinds.getSimpleName().replace("Development", "").toLowerCase(java.util.Locale.ROOT);
            for (Enum<?> kind : kinds.getEnumConstants()) {
                assertThat(RecordedDevelopment.class).as("%s", kind).isAssignableFrom(
                        loadable("org.escalationtimeline.api." + aggregate + "." + kind.name()));
            }
        }
    }

    static Class<?> loadable(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no event class " + name, e);
        }
    }

    /** What a read model written by a newer version of the service could hold: a type this one never wrote. */
    void renameType(UUID eventId, String type) {
        assertThat(db.jdbc().update("UPDATE record_version SET event_type = ? WHERE event_id = ?", type, eventId))
                .isEqualTo(1);
    }
}
