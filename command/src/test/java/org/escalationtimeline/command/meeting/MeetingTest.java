package org.escalationtimeline.command.meeting;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.meeting.Arrangement;
import org.escalationtimeline.api.meeting.CancelMeeting;
import org.escalationtimeline.api.meeting.HoldMeeting;
import org.escalationtimeline.api.meeting.MeetingCancelled;
import org.escalationtimeline.api.meeting.MeetingHeld;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.MeetingScheduled;
import org.escalationtimeline.api.meeting.MeetingStatus;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.meeting.ScheduleMeeting;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.command.InMemoryRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.escalationtimeline.api.RuleBroken.Kind.CONFLICT;
import static org.escalationtimeline.api.RuleBroken.Kind.NOT_FOUND;
import static org.escalationtimeline.api.RuleBroken.Kind.UNPROCESSABLE;
import static org.escalationtimeline.command.BrokenRule.brokenRule;
import static org.escalationtimeline.command.TestData.CHN;
import static org.escalationtimeline.command.TestData.JPN;
import static org.escalationtimeline.command.TestData.KOR;
import static org.escalationtimeline.command.TestData.TWN;
import static org.escalationtimeline.command.TestData.USA;
import static org.escalationtimeline.command.TestData.cameo;
import static org.escalationtimeline.command.TestData.development;
import static org.escalationtimeline.command.TestData.goldstein;
import static org.escalationtimeline.command.TestData.participants;
import static org.escalationtimeline.command.TestData.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MeetingTest {

    private static final String ID = "us-cn-busan-summit-2025";
    private static final EventDate PLANNED_FOR = EventDate.parse("2025-10-30");

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new InMemoryRegistry().register(CHN, JPN, USA, KOR));
    }

    private static Arrangement summit() {
        return new Arrangement(MeetingKind.SUMMIT, participants(USA, CHN), KOR);
    }

    // --- scheduling ----------------------------------------------------------------------------

    @Test
    void schedulingAMeetingExpressesTheIntentToMeet() {
        Report report = report("2025-10-20");
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(ID, summit(), PLANNED_FOR, report))
                .expectEvents(new MeetingScheduled(ID, summit(), PLANNED_FOR,
                        development(report, USA, List.of(CHN), "036", 4.0)));
    }

    @Test
    void aMeetingIdIsUsedOnce() {
        fixture.given(scheduled("2025-10-20"))
                .when(new ScheduleMeeting(ID, summit(), PLANNED_FOR, report("2025-10-21")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("meeting-exists", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredActorCannotBeNamed() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(ID, new Arrangement(MeetingKind.MEETING, participants(CHN, TWN), null),
                        PLANNED_FOR, report("2025-10-20")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredHostCannotBeNamed() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeeting(ID, new Arrangement(MeetingKind.MEETING, participants(CHN, USA), TWN),
                        Outcome.NONE, report("2025-10-20"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectExceptionMessage("not registered: TWN; register an actor before naming it")
                .expectNoEvents();
    }

    // --- holding --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} with outcome {1} is coded {2} / {3}")
    @CsvSource({
            "MEETING, NONE, 040, 1.0", "SUMMIT, NONE, 040, 1.0", "STATE_VISIT, NONE, 042, 1.9",
            "MEETING, AGREEMENT, 057, 8.0", "SUMMIT, AGREEMENT, 057, 8.0", "STATE_VISIT, AGREEMENT, 057, 8.0"})
    void holdingAnUnscheduledMeetingCreatesIt(MeetingKind kind, Outcome outcome, String code, double weight) {
        Report report = report("2025-10-30");
        fixture.givenNoPriorActivity()
                .when(new HoldMeeting(ID, new Arrangement(kind, participants(USA, CHN, JPN), KOR), outcome, report,
                        null))
                .expectEvents(new MeetingHeld(ID, kind, List.of(USA, CHN, JPN), KOR, outcome,
                        development(report, USA, List.of(CHN, JPN), code, weight)));
    }

    @Test
    void aMeetingHeldWithoutAnOutcomeHasNone() {
        Report report = report("2025-10-30");
        fixture.givenNoPriorActivity()
                .when(new HoldMeeting(ID, new Arrangement(MeetingKind.STATE_VISIT, participants(JPN, USA), null), null,
                        report, null))
                .expectEvents(new MeetingHeld(ID, MeetingKind.STATE_VISIT, List.of(JPN, USA), null, Outcome.NONE,
                        development(report, JPN, List.of(USA), "042", 1.9)));
    }

    @Test
    void holdingAScheduledMeetingKeepsItsArrangement() {
        Report report = report("2025-10-30");
        fixture.given(scheduled("2025-10-20"))
                .when(new HoldMeeting(ID, null, Outcome.AGREEMENT, report, null))
                .expectEvents(new MeetingHeld(ID, MeetingKind.SUMMIT, List.of(USA, CHN), KOR, Outcome.AGREEMENT,
                        development(report, USA, List.of(CHN), "057", 8.0)));
    }

    @Test
    void aScheduledMeetingHeldWithoutAgreementIsAConsultation() {
        Report report = report("2025-10-30");
        fixture.given(scheduled("2025-10-20"))
                .when(new HoldMeeting(ID, null, Outcome.NONE, report, null))
                .expectEvents(new MeetingHeld(ID, MeetingKind.SUMMIT, List.of(USA, CHN), KOR, Outcome.NONE,
                        development(report, USA, List.of(CHN), "040", 1.0)));
    }

    @Test
    void aMissingMeetingIsNotHeldWithoutItsArrangement() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeeting(ID, null, Outcome.NONE, report("2025-10-30"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("meeting-must-exist", NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aScheduledMeetingIsNotCreatedAgainWhenHeld() {
        fixture.given(scheduled("2025-10-20"))
                .when(new HoldMeeting(ID, summit(), Outcome.NONE, report("2025-10-30"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("meeting-exists", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aHeldMeetingIsNotHeldAgain() {
        fixture.given(scheduled("2025-10-20"), held("2025-10-30"))
                .when(new HoldMeeting(ID, null, Outcome.NONE, report("2025-10-31"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("hold-only-a-scheduled-meeting", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aCancelledMeetingIsNotHeld() {
        fixture.given(scheduled("2025-10-20"), cancelled("2025-10-25"))
                .when(new HoldMeeting(ID, null, Outcome.NONE, report("2025-10-30"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("hold-only-a-scheduled-meeting", CONFLICT))
                .expectNoEvents();
    }

    // --- cancelling -----------------------------------------------------------------------------

    @Test
    void cancellingAScheduledMeetingReducesRelations() {
        Report report = report("2025-10-25");
        fixture.given(scheduled("2025-10-20"))
                .when(new CancelMeeting(ID, report, null))
                .expectEvents(new MeetingCancelled(ID, development(report, USA, List.of(CHN), "160", -4.0)));
    }

    @Test
    void aHeldMeetingIsNotCancelled() {
        fixture.given(scheduled("2025-10-20"), held("2025-10-30"))
                .when(new CancelMeeting(ID, report("2025-10-31"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("cancel-only-a-scheduled-meeting", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aMeetingRecordedAsHeldIsNotCancelled() {
        fixture.given(new MeetingHeld(ID, MeetingKind.MEETING, List.of(JPN, CHN), null, Outcome.NONE,
                        development(report("2025-10-31"), JPN, List.of(CHN), "040", 1.0)))
                .when(new CancelMeeting(ID, report("2025-11-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("cancel-only-a-scheduled-meeting", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aMeetingIsCancelledOnce() {
        fixture.given(scheduled("2025-10-20"), cancelled("2025-10-25"))
                .when(new CancelMeeting(ID, report("2025-10-26"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("cancel-only-a-scheduled-meeting", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aMissingMeetingIsNotCancelled() {
        fixture.givenNoPriorActivity()
                .when(new CancelMeeting(ID, report("2025-10-25"), null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    // --- dates and overrides --------------------------------------------------------------------

    @Test
    void aDateMayNotRunBackwards() {
        // A meeting is not held before it was announced.
        fixture.given(scheduled("2025-10-20"))
                .when(new HoldMeeting(ID, null, Outcome.NONE, report("2025-10-19"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("dates-must-not-run-backwards", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aMeetingIsNotCancelledBeforeItWasScheduled() {
        fixture.given(scheduled("2025-10-20"))
                .when(new CancelMeeting(ID, report("2025-09"), null))
                .expectException(brokenRule("dates-must-not-run-backwards", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aCodeOverrideTakesThatCodesTableWeight() {
        Report report = report("2025-10-30", cameo("036"));
        fixture.given(scheduled("2025-10-20"))
                .when(new HoldMeeting(ID, null, Outcome.NONE, report, null))
                .expectEvents(new MeetingHeld(ID, MeetingKind.SUMMIT, List.of(USA, CHN), KOR, Outcome.NONE,
                        development(report, USA, List.of(CHN), "036", 4.0)));
    }

    @Test
    void aWeightOverrideKeepsTheAgreementCode() {
        Report report = report("2025-10-30", goldstein(6.5));
        fixture.given(scheduled("2025-10-20"))
                .when(new HoldMeeting(ID, null, Outcome.AGREEMENT, report, null))
                .expectEvents(new MeetingHeld(ID, MeetingKind.SUMMIT, List.of(USA, CHN), KOR, Outcome.AGREEMENT,
                        development(report, USA, List.of(CHN), "057", 6.5)));
    }

    // --- the lifecycle predicates ---------------------------------------------------------------

    @ParameterizedTest(name = "{0}: held {1}, cancelled {2}")
    @CsvSource({"SCHEDULED, true, true", "HELD, false, false", "CANCELLED, false, false"})
    void onlyAScheduledMeetingMoves(MeetingStatus status, boolean held, boolean cancelled) {
        assertEquals(held, Meeting.isHeldFrom(status), "isHeldFrom");
        assertEquals(cancelled, Meeting.isCancelledFrom(status), "isCancelledFrom");
    }

    // --- histories ------------------------------------------------------------------------------

    private static MeetingScheduled scheduled(String date) {
        return new MeetingScheduled(ID, summit(), PLANNED_FOR,
                development(report(date), USA, List.of(CHN), "036", 4.0));
    }

    private static MeetingHeld held(String date) {
        return new MeetingHeld(ID, MeetingKind.SUMMIT, List.of(USA, CHN), KOR, Outcome.NONE,
                development(report(date), USA, List.of(CHN), "040", 1.0));
    }

    private static MeetingCancelled cancelled(String date) {
        return new MeetingCancelled(ID, development(report(date), USA, List.of(CHN), "160", -4.0));
    }
}
