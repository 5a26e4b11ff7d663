package org.escalationtimeline.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.api.correction.RecordCorrected;
import org.escalationtimeline.api.measure.MeasureAnnounced;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.query.ReadModelJson;
import org.escalationtimeline.query.projection.TableRows.LinkRow;
import org.escalationtimeline.query.projection.TableRows.Snapshot;
import org.escalationtimeline.query.projection.TableRows.VersionRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.escalationtimeline.query.projection.Developments.REUTERS;
import static org.escalationtimeline.query.projection.Developments.XINHUA;
import static org.escalationtimeline.query.projection.Developments.actorRegistered;
import static org.escalationtimeline.query.projection.Developments.callHeld;
import static org.escalationtimeline.query.projection.Developments.correction;
import static org.escalationtimeline.query.projection.Developments.id;
import static org.escalationtimeline.query.projection.Developments.measureAnnounced;
import static org.escalationtimeline.query.projection.Developments.meetingHeld;
import static org.escalationtimeline.query.projection.Developments.retraction;
import static org.escalationtimeline.query.projection.TableRows.links;
import static org.escalationtimeline.query.projection.TableRows.linksOf;
import static org.escalationtimeline.query.projection.TableRows.snapshot;
import static org.escalationtimeline.query.projection.TableRows.versions;
import static org.escalationtimeline.query.projection.TableRows.versionsOf;

/**
 * The projection's handlers as plain objects, called directly with events, recording instants and
 * positions, writing a real H2 read model (the V100 migration). What each event leaves in
 * {@code record_version} and {@code record_link} of its generation.
 */
class TimelineProjectionTest {

    static final int BLUE = Generations.BLUE.number();
    static final int GREEN = Generations.GREEN.number();
    static final long NEVER = RecordTables.NEVER;

    /** Recording instants: t(n) is n seconds after 2026-02-01T10:00:00Z. */
    static Instant t(int seconds) {
        return Instant.parse("2026-02-01T10:00:00Z").plusSeconds(seconds);
    }

    static long ms(int seconds) {
        return t(seconds).toEpochMilli();
    }

    static final UUID BAN = id(1);
    static final String BAN_ID = "cn-dual-use-ban";

    /** CHN bans exports to JPN and USA on 2026-01-06: code 163, −8.0, QuadClass 4. */
    static MeasureAnnounced ban() {
        return measureAnnounced(BAN, BAN_ID, "2026-01-06", "CHN", List.of("JPN", "USA"), MeasureKind.EXPORT_BAN,
                List.of("dual-use items"));
    }

    ReadModelDb db;
    DrivenProjection blue;

    @BeforeEach
    void openReadModel() {
        db = ReadModelDb.create();
        blue = db.projection(BLUE);
    }

    @AfterEach
    void closeReadModel() {
        db.close();
    }

    @Nested
    class ADevelopment {

        @Test
        void givesOneVersionWithEveryField() {
            blue.recorded(ban(), 42, t(10));

            List<VersionRow> versions = versions(db.jdbc(), BLUE);
            assertThat(versions).hasSize(1);
            VersionRow v = versions.get(0);
            assertThat(v.versionId()).isEqualTo(BAN);
            assertThat(v.eventId()).isEqualTo(BAN);
            assertThat(v.position()).isEqualTo(42);
            assertThat(v.eventType()).isEqualTo("MeasureAnnounced");
            assertThat(v.aggregateType()).isEqualTo("measure");
            assertThat(v.aggregateId()).isEqualTo(BAN_ID);
            assertThat(v.worldDate()).isEqualTo(LocalDate.parse("2026-01-06"));
            assertThat(v.datePrecision()).isEqualTo("DAY");
            assertThat(v.actor()).isEqualTo("CHN");
            assertThat(v.targets()).isEqualTo("JPN,USA");
            assertThat(v.mutual()).isFalse();
            assertThat(v.summary()).isEqualTo("CHN imposes EXPORT_BAN");
            assertThat(v.cameo()).isEqualTo("163");
            assertThat(v.goldstein()).isEqualTo(-8.0);
            assertThat(v.quadClass()).isEqualTo(4);
            assertThat(v.corrected()).isFalse();
            assertThat(v.firstRecordedMs()).isEqualTo(ms(10));
            assertThat(v.recordedMs()).isEqualTo(ms(10));
            assertThat(v.supersededMs()).isEqualTo(NEVER);

            JsonNode sources = ReadModelJson.read(v.sources());
            assertThat(sources).hasSize(1);
            assertThat(sources.get(0).path("publication").asText()).isEqualTo("Reuters");
            assertThat(sources.get(0).path("url").asText()).isEqualTo(REUTERS.url());
            assertThat(sources.get(0).path("publishedOn").asText()).isEqualTo("2026-01-07");
            JsonNode payload = ReadModelJson.read(v.payload());
            assertThat(payload.path("kind").asText()).isEqualTo("EXPORT_BAN");
            assertThat(payload.path("items").get(0).asText()).isEqualTo("dual-use items");
            assertThat(payload.path("effectiveOn").asText()).isEqualTo("2026-01-06");
        }

        @Test
        void againstTwoTargetsGivesTwoLinksFromItsActor() {
            blue.recorded(ban(), 42, t(10));

            assertThat(links(db.jdbc(), BLUE))
                    .extracting(LinkRow::versionId, LinkRow::source, LinkRow::target, LinkRow::eventId,
                            LinkRow::position, LinkRow::worldDate, LinkRow::goldstein, LinkRow::quadClass,
                            LinkRow::recordedMs, LinkRow::supersededMs)
                    .containsExactly(
                            tuple(BAN, "CHN", "JPN", BAN, 42L, LocalDate.parse("2026-01-06"), -8.0, 4, ms(10), NEVER),
                            tuple(BAN, "CHN", "USA", BAN, 42L, LocalDate.parse("2026-01-06"), -8.0, 4, ms(10), NEVER));
        }

        @Test
        void aCallJoinsItsParticipantsInBothDirections() {
            blue.recorded(callHeld(id(2), "call-jp-us", "2025-11-25", "JPN", "USA"), 7, t(10));

            VersionRow call = versions(db.jdbc(), BLUE).get(0);
            assertThat(call.mutual()).isTrue();
            assertThat(call.aggregateType()).isEqualTo("call");
            assertThat(call.cameo()).isEqualTo("041");
            assertThat(call.goldstein()).isEqualTo(1.0);
            assertThat(call.quadClass()).isEqualTo(1);
            assertThat(links(db.jdbc(), BLUE)).extracting(LinkRow::source, LinkRow::target, LinkRow::goldstein)
                    .containsExactlyInAnyOrder(tuple("JPN", "USA", 1.0), tuple("USA", "JPN", 1.0));
        }

        @Test
        void aMeetingOfThreeJoinsEveryParticipantToEveryOtherButNotTheHost() {
            // 057 "Sign formal agreement", +8.0: root 05, verbal cooperation (QuadClass 1).
            blue.recorded(meetingHeld(id(3), "summit", "2025-10-30", MeetingKind.SUMMIT, "KOR", Outcome.AGREEMENT,
                    "USA", "CHN", "JPN"), 8, t(10));

            assertThat(links(db.jdbc(), BLUE)).extracting(LinkRow::source, LinkRow::target, LinkRow::goldstein,
                            LinkRow::quadClass)
                    .containsExactlyInAnyOrder(
                            tuple("USA", "CHN", 8.0, 1), tuple("USA", "JPN", 8.0, 1),
                            tuple("CHN", "USA", 8.0, 1), tuple("CHN", "JPN", 8.0, 1),
                            tuple("JPN", "USA", 8.0, 1), tuple("JPN", "CHN", 8.0, 1));
        }

        @Test
        void anActorRegistrationGivesOneActorRow() {
            blue.registered(actorRegistered(id(9), "JPN", "Japan"), 3, t(5));

            assertThat(TableRows.actors(db.jdbc(), BLUE)).containsExactly(
                    new TableRows.ActorRow(BLUE, "JPN", "Japan", "STATE", 3, ms(5)));
            assertThat(versions(db.jdbc(), BLUE)).isEmpty();
        }
    }

    @Nested
    class Idempotence {

        @Test
        void theSameDevelopmentHandledTwiceChangesNothing() {
            blue.recorded(ban(), 42, t(10));
            Snapshot once = snapshot(db.jdbc(), BLUE);

            blue.recorded(ban(), 42, t(10));

            assertThat(snapshot(db.jdbc(), BLUE)).isEqualTo(once);
            assertThat(once.versions()).hasSize(1);
            assertThat(once.links()).hasSize(2);
        }

        @Test
        void theSameRegistrationHandledTwiceChangesNothing() {
            blue.registered(actorRegistered(id(9), "JPN", "Japan"), 3, t(5));
            Snapshot once = snapshot(db.jdbc(), BLUE);

            blue.registered(actorRegistered(id(9), "JPN", "Japan"), 3, t(5));

            assertThat(snapshot(db.jdbc(), BLUE)).isEqualTo(once);
        }

        @Test
        void theSameCorrectionHandledTwiceChangesNothing() {
            blue.recorded(ban(), 42, t(10));
            RecordCorrected fix = correction(id(11), BAN, BAN_ID, "2026-01-05", null, null);
            blue.corrected(fix, t(20));
            Snapshot once = snapshot(db.jdbc(), BLUE);

            blue.corrected(fix, t(20));

            assertThat(snapshot(db.jdbc(), BLUE)).isEqualTo(once);
            assertThat(once.versions()).hasSize(2);
        }

        @Test
        void theSameRetractionHandledTwiceChangesNothing() {
            blue.recorded(ban(), 42, t(10));
            blue.retracted(retraction(id(12), BAN, BAN_ID), t(30));
            Snapshot once = snapshot(db.jdbc(), BLUE);

            blue.retracted(retraction(id(12), BAN, BAN_ID), t(30));

            assertThat(snapshot(db.jdbc(), BLUE)).isEqualTo(once);
        }

        @Test
        void aWholeHistoryHandledAgainInOrderChangesNothing() {
            RecordCorrected first = correction(id(11), BAN, BAN_ID, "2026-01-05", null, null);
            RecordCorrected second = correction(id(13), BAN, BAN_ID, null, "China bans dual-use exports", null);
            blue.recorded(ban(), 42, t(10));
            blue.corrected(first, t(20));
            blue.corrected(second, t(25));
            blue.retracted(retraction(id(12), BAN, BAN_ID), t(30));
            Snapshot once = snapshot(db.jdbc(), BLUE);

            // A replay that overlaps what was already projected (a retried batch, a rebuild).
            blue.recorded(ban(), 42, t(10));
            blue.corrected(first, t(20));
            blue.corrected(second, t(25));
            blue.retracted(retraction(id(12), BAN, BAN_ID), t(30));

            assertThat(snapshot(db.jdbc(), BLUE)).isEqualTo(once);
        }
    }

    @Nested
    class Corrections {

        @Test
        void aCorrectionSupersedesTheVersionAtItsRecordingInstantAndCarriesTheChangedFields() {
            blue.recorded(ban(), 42, t(10));
            blue.corrected(correction(id(11), BAN, BAN_ID, "2026-01-05", "China bans dual-use exports to Japan",
                    List.of(XINHUA)), t(20));

            List<VersionRow> versions = versionsOf(db.jdbc(), BLUE, BAN);
            assertThat(versions).hasSize(2);
            VersionRow original = versions.get(0);
            VersionRow corrected = versions.get(1);

            assertThat(original.versionId()).isEqualTo(BAN);
            assertThat(original.recordedMs()).isEqualTo(ms(10));
            assertThat(original.supersededMs()).isEqualTo(ms(20));
            assertThat(original.worldDate()).isEqualTo(LocalDate.parse("2026-01-06"));
            assertThat(original.summary()).isEqualTo("CHN imposes EXPORT_BAN");
            assertThat(original.corrected()).isFalse();

            assertThat(corrected.versionId()).isEqualTo(id(11));
            assertThat(corrected.eventId()).isEqualTo(BAN);
            assertThat(corrected.worldDate()).isEqualTo(LocalDate.parse("2026-01-05"));
            assertThat(corrected.summary()).isEqualTo("China bans dual-use exports to Japan");
            assertThat(ReadModelJson.read(corrected.sources()).get(0).path("publication").asText()).isEqualTo("Xinhua");
            assertThat(corrected.corrected()).isTrue();
            assertThat(corrected.firstRecordedMs()).isEqualTo(ms(10));
            assertThat(corrected.recordedMs()).isEqualTo(ms(20));
            assertThat(corrected.supersededMs()).isEqualTo(NEVER);
            // The rest is the original's.
            assertThat(corrected).usingRecursiveComparison()
                    .ignoringFields("versionId", "worldDate", "summary", "sources", "corrected", "recordedMs",
                            "supersededMs")
                    .isEqualTo(original);

            assertThat(linksOf(db.jdbc(), BLUE, BAN)).extracting(LinkRow::target, LinkRow::recordedMs,
                    LinkRow::supersededMs).containsExactly(tuple("JPN", ms(10), ms(20)), tuple("USA", ms(10), ms(20)));
            assertThat(linksOf(db.jdbc(), BLUE, id(11))).extracting(LinkRow::source, LinkRow::target,
                            LinkRow::eventId, LinkRow::position, LinkRow::worldDate, LinkRow::goldstein,
                            LinkRow::recordedMs, LinkRow::supersededMs)
                    .containsExactly(
                            tuple("CHN", "JPN", BAN, 42L, LocalDate.parse("2026-01-05"), -8.0, ms(20), NEVER),
                            tuple("CHN", "USA", BAN, 42L, LocalDate.parse("2026-01-05"), -8.0, ms(20), NEVER));
        }

        @Test
        void aCorrectionOfTheSummaryAloneKeepsTheDateAndSources() {
            blue.recorded(ban(), 42, t(10));
            blue.corrected(correction(id(11), BAN, BAN_ID, null, "China bans dual-use exports", null), t(20));

            VersionRow original = versionsOf(db.jdbc(), BLUE, BAN).get(0);
            VersionRow corrected = versionsOf(db.jdbc(), BLUE, BAN).get(1);
            assertThat(corrected.summary()).isEqualTo("China bans dual-use exports");
            assertThat(corrected.worldDate()).isEqualTo(original.worldDate());
            assertThat(corrected.datePrecision()).isEqualTo("DAY");
            assertThat(corrected.sources()).isEqualTo(original.sources());
        }

        @Test
        void aCorrectionToAVaguerDateKeepsTheFirstDayOfItsPeriodAndItsPrecision() {
            blue.recorded(ban(), 42, t(10));
            blue.corrected(new RecordCorrected(BAN, BAN_ID, id(11),
                    new EventDate(LocalDate.parse("2025-12-15"), DatePrecision.MONTH), null, null, "only the month"),
                    t(20));

            VersionRow corrected = versionsOf(db.jdbc(), BLUE, BAN).get(1);
            assertThat(corrected.worldDate()).isEqualTo(LocalDate.parse("2025-12-01"));
            assertThat(corrected.datePrecision()).isEqualTo("MONTH");
            assertThat(linksOf(db.jdbc(), BLUE, id(11))).extracting(LinkRow::worldDate)
                    .containsOnly(LocalDate.parse("2025-12-01"));
        }

        @Test
        void aSecondCorrectionSupersedesTheFirstAndKeepsWhatItDoesNotChange() {
            blue.recorded(ban(), 42, t(10));
            blue.corrected(correction(id(11), BAN, BAN_ID, "2026-01-05", "China bans dual-use exports", null), t(20));
            blue.corrected(correction(id(13), BAN, BAN_ID, null, null, List.of(XINHUA)), t(25));

            List<VersionRow> versions = versionsOf(db.jdbc(), BLUE, BAN);
            assertThat(versions).extracting(VersionRow::versionId, VersionRow::recordedMs, VersionRow::supersededMs)
                    .containsExactly(tuple(BAN, ms(10), ms(20)), tuple(id(11), ms(20), ms(25)),
                            tuple(id(13), ms(25), NEVER));
            VersionRow second = versions.get(2);
            assertThat(second.worldDate()).isEqualTo(LocalDate.parse("2026-01-05"));
            assertThat(second.summary()).isEqualTo("China bans dual-use exports");
            assertThat(ReadModelJson.read(second.sources()).get(0).path("publication").asText()).isEqualTo("Xinhua");
            assertThat(second.firstRecordedMs()).isEqualTo(ms(10));
            assertThat(second.corrected()).isTrue();
            assertThat(links(db.jdbc(), BLUE)).filteredOn(l -> l.supersededMs() == NEVER)
                    .extracting(LinkRow::versionId).containsOnly(id(13)).hasSize(2);
        }
    }

    @Nested
    class Retractions {

        @Test
        void aRetractionSupersedesTheCurrentVersionAndNothingReplacesIt() {
            blue.recorded(ban(), 42, t(10));
            blue.retracted(retraction(id(12), BAN, BAN_ID), t(30));

            assertThat(versionsOf(db.jdbc(), BLUE, BAN))
                    .extracting(VersionRow::versionId, VersionRow::recordedMs, VersionRow::supersededMs)
                    .containsExactly(tuple(BAN, ms(10), ms(30)));
            assertThat(links(db.jdbc(), BLUE)).extracting(LinkRow::supersededMs).containsOnly(ms(30));
        }

        @Test
        void aRetractionOfACorrectedRecordSupersedesOnlyTheCorrectedVersion() {
            blue.recorded(ban(), 42, t(10));
            blue.corrected(correction(id(11), BAN, BAN_ID, "2026-01-05", null, null), t(20));
            blue.retracted(retraction(id(12), BAN, BAN_ID), t(30));

            assertThat(versionsOf(db.jdbc(), BLUE, BAN))
                    .extracting(VersionRow::versionId, VersionRow::recordedMs, VersionRow::supersededMs)
                    .containsExactly(tuple(BAN, ms(10), ms(20)), tuple(id(11), ms(20), ms(30)));
            assertThat(links(db.jdbc(), BLUE)).extracting(LinkRow::versionId, LinkRow::supersededMs)
                    .containsExactly(tuple(BAN, ms(20)), tuple(BAN, ms(20)), tuple(id(11), ms(30)),
                            tuple(id(11), ms(30)));
        }

        @Test
        void aCorrectionAfterARetractionChangesNothing() {
            blue.recorded(ban(), 42, t(10));
            blue.retracted(retraction(id(12), BAN, BAN_ID), t(30));
            Snapshot retracted = snapshot(db.jdbc(), BLUE);

            blue.corrected(correction(id(14), BAN, BAN_ID, "2026-01-05", "too late", null), t(40));

            assertThat(snapshot(db.jdbc(), BLUE)).isEqualTo(retracted);
        }

        @Test
        void aRetractionLeavesOtherRecordsAlone() {
            blue.recorded(ban(), 42, t(10));
            blue.recorded(callHeld(id(2), "call-jp-us", "2025-11-25", "JPN", "USA"), 43, t(11));
            blue.retracted(retraction(id(12), BAN, BAN_ID), t(30));

            assertThat(versionsOf(db.jdbc(), BLUE, id(2))).extracting(VersionRow::supersededMs).containsExactly(NEVER);
            assertThat(linksOf(db.jdbc(), BLUE, id(2))).extracting(LinkRow::supersededMs).containsOnly(NEVER);
        }
    }

    @Nested
    class GenerationsAreSeparate {

        @Test
        void writingGenerationTwoLeavesGenerationOneAlone() {
            blue.registered(actorRegistered(id(9), "JPN", "Japan"), 3, t(5));
            blue.recorded(ban(), 42, t(10));
            Snapshot blueBefore = snapshot(db.jdbc(), BLUE);

            DrivenProjection green = db.projection(GREEN);
            green.registered(actorRegistered(id(9), "JPN", "Japan"), 3, t(5));
            green.recorded(ban(), 42, t(10));
            green.corrected(correction(id(11), BAN, BAN_ID, "2026-01-05", null, null), t(20));
            green.retracted(retraction(id(12), BAN, BAN_ID), t(30));

            assertThat(snapshot(db.jdbc(), BLUE)).isEqualTo(blueBefore);
            assertThat(versions(db.jdbc(), GREEN)).hasSize(2);
            assertThat(links(db.jdbc(), GREEN)).hasSize(4);
            assertThat(TableRows.actors(db.jdbc(), GREEN)).hasSize(1);
        }

        @Test
        void clearingGenerationTwoEmptiesOnlyIt() {
            blue.registered(actorRegistered(id(9), "JPN", "Japan"), 3, t(5));
            blue.recorded(ban(), 42, t(10));
            DrivenProjection green = db.projection(GREEN);
            green.registered(actorRegistered(id(9), "JPN", "Japan"), 3, t(5));
            green.recorded(ban(), 42, t(10));
            Snapshot blueBefore = snapshot(db.jdbc(), BLUE);

            db.tables().clear(GREEN);

            assertThat(snapshot(db.jdbc(), GREEN)).isEqualTo(new Snapshot(List.of(), List.of(), List.of()));
            assertThat(snapshot(db.jdbc(), BLUE)).isEqualTo(blueBefore);
        }

        @Test
        void aClearedGenerationFillsAgainFromTheStart() {
            DrivenProjection green = db.projection(GREEN);
            green.recorded(ban(), 42, t(10));
            green.corrected(correction(id(11), BAN, BAN_ID, "2026-01-05", null, null), t(20));
            Snapshot filled = snapshot(db.jdbc(), GREEN);

            db.tables().clear(GREEN);
            green.recorded(ban(), 42, t(10));
            green.corrected(correction(id(11), BAN, BAN_ID, "2026-01-05", null, null), t(20));

            assertThat(snapshot(db.jdbc(), GREEN)).isEqualTo(filled);
        }
    }
}
