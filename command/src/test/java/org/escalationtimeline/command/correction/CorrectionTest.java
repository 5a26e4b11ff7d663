package org.escalationtimeline.command.correction;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.correction.CorrectRecord;
import org.escalationtimeline.api.correction.RecordCorrected;
import org.escalationtimeline.api.correction.RecordRetracted;
import org.escalationtimeline.api.correction.RetractRecord;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;
import org.escalationtimeline.command.InMemoryRegistry;
import org.escalationtimeline.command.registry.Registry.KnownRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.escalationtimeline.api.RuleBroken.Kind.CONFLICT;
import static org.escalationtimeline.api.RuleBroken.Kind.NOT_FOUND;
import static org.escalationtimeline.api.RuleBroken.Kind.UNPROCESSABLE;
import static org.escalationtimeline.command.BrokenRule.brokenRule;

class CorrectionTest {

    /** MeasureAnnounced, a development. */
    private static final UUID ANNOUNCEMENT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    /** ActorRegistered, not a development. */
    private static final UUID REGISTRATION = UUID.fromString("00000000-0000-4000-8000-000000000002");
    /** RecordCorrected, not a development either. */
    private static final UUID EARLIER_CORRECTION = UUID.fromString("00000000-0000-4000-8000-000000000003");
    private static final UUID UNKNOWN = UUID.fromString("00000000-0000-4000-8000-0000000000ff");

    private static final String MEASURE = "cn-dual-use-ban-2026";
    private static final EventDate CORRECT_DATE = EventDate.parse("2026-01-07");

    private FixtureConfiguration<Correction> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Correction.class);
        fixture.registerInjectableResource(new InMemoryRegistry()
                .record(new KnownRecord(ANNOUNCEMENT, "measure", MEASURE, 0, "MeasureAnnounced", true))
                .record(new KnownRecord(REGISTRATION, "actor", "JPN", 0, "ActorRegistered", false))
                .record(new KnownRecord(EARLIER_CORRECTION, "correction", ANNOUNCEMENT.toString(), 0,
                        "RecordCorrected", false)));
    }

    // --- corrections ----------------------------------------------------------------------------

    @Test
    void correctingADevelopmentRecordsTheCorrection() {
        UUID eventId = UUID.randomUUID();
        List<Source> sources = sources();
        fixture.givenNoPriorActivity()
                .when(new CorrectRecord(ANNOUNCEMENT, eventId, CORRECT_DATE, " The ban took effect a day later ",
                        sources, " wrong day ", null))
                .expectEvents(new RecordCorrected(ANNOUNCEMENT, MEASURE, eventId, CORRECT_DATE,
                        "The ban took effect a day later", sources, "wrong day"));
    }

    @Test
    void whatACorrectionLeavesOutStaysAsItWas() {
        UUID eventId = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new CorrectRecord(ANNOUNCEMENT, eventId, CORRECT_DATE, null, null, "wrong day", null))
                .expectEvents(new RecordCorrected(ANNOUNCEMENT, MEASURE, eventId, CORRECT_DATE, null, null, "wrong day"));
    }

    @Test
    void aRecordMayBeCorrectedAgain() {
        UUID eventId = UUID.randomUUID();
        fixture.given(corrected())
                .when(new CorrectRecord(ANNOUNCEMENT, eventId, null, "Second thoughts", null, "summary", null))
                .expectEvents(new RecordCorrected(ANNOUNCEMENT, MEASURE, eventId, null, "Second thoughts", null, "summary"));
    }

    @Test
    void aCorrectionOfAMissingRecordIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CorrectRecord(UNKNOWN, UUID.randomUUID(), CORRECT_DATE, null, null, "wrong day", null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("record-must-exist", NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void onlyDevelopmentsAreCorrected() {
        fixture.givenNoPriorActivity()
                .when(new CorrectRecord(REGISTRATION, UUID.randomUUID(), null, "Japan", null, "name", null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("only-developments-are-corrected", UNPROCESSABLE))
                .expectExceptionMessage("event " + REGISTRATION + " is a ActorRegistered, not a development")
                .expectNoEvents();
    }

    @Test
    void aCorrectionIsNotCorrected() {
        fixture.givenNoPriorActivity()
                .when(new CorrectRecord(EARLIER_CORRECTION, UUID.randomUUID(), CORRECT_DATE, null, null, "again", null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("only-developments-are-corrected", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aRetractedRecordIsNotCorrected() {
        fixture.given(retracted())
                .when(new CorrectRecord(ANNOUNCEMENT, UUID.randomUUID(), CORRECT_DATE, null, null, "wrong day", null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("record-retracted", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aCorrectedRecordThatWasRetractedIsNotCorrected() {
        fixture.given(corrected(), retracted())
                .when(new CorrectRecord(ANNOUNCEMENT, UUID.randomUUID(), null, "Once more", null, "summary", null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("record-retracted", CONFLICT))
                .expectNoEvents();
    }

    // --- retractions ----------------------------------------------------------------------------

    @Test
    void retractingADevelopmentRecordsTheRetraction() {
        UUID eventId = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new RetractRecord(ANNOUNCEMENT, eventId, "recorded in error", null))
                .expectEvents(new RecordRetracted(ANNOUNCEMENT, MEASURE, eventId, "recorded in error"));
    }

    @Test
    void aCorrectedRecordMayStillBeRetracted() {
        UUID eventId = UUID.randomUUID();
        fixture.given(corrected())
                .when(new RetractRecord(ANNOUNCEMENT, eventId, "recorded in error", null))
                .expectEvents(new RecordRetracted(ANNOUNCEMENT, MEASURE, eventId, "recorded in error"));
    }

    @Test
    void aRecordIsRetractedOnce() {
        fixture.given(retracted())
                .when(new RetractRecord(ANNOUNCEMENT, UUID.randomUUID(), "again", null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("record-retracted-once", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aRetractionOfAMissingRecordIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RetractRecord(UNKNOWN, UUID.randomUUID(), "recorded in error", null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("record-must-exist", NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void onlyDevelopmentsAreRetracted() {
        fixture.givenNoPriorActivity()
                .when(new RetractRecord(REGISTRATION, UUID.randomUUID(), "recorded in error", null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("only-developments-are-corrected", UNPROCESSABLE))
                .expectNoEvents();
    }

    // --- histories ------------------------------------------------------------------------------

    private static List<Source> sources() {
        // Mutable: see TestData.report on Report.checkSources and List.of.
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("Xinhua", "https://english.news.cn/20260107/a.html", LocalDate.parse("2026-01-07")));
        return sources;
    }

    private static RecordCorrected corrected() {
        return new RecordCorrected(ANNOUNCEMENT, MEASURE, UUID.randomUUID(), CORRECT_DATE, null, null, "wrong day");
    }

    private static RecordRetracted retracted() {
        return new RecordRetracted(ANNOUNCEMENT, MEASURE, UUID.randomUUID(), "recorded in error");
    }
}
