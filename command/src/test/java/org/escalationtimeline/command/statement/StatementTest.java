package org.escalationtimeline.command.statement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.statement.DemandRetraction;
import org.escalationtimeline.api.statement.MakeStatement;
import org.escalationtimeline.api.statement.RefuseRetraction;
import org.escalationtimeline.api.statement.RetractStatement;
import org.escalationtimeline.api.statement.RetractionDemanded;
import org.escalationtimeline.api.statement.RetractionRefused;
import org.escalationtimeline.api.statement.StatementMade;
import org.escalationtimeline.api.statement.StatementRetracted;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.command.InMemoryRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.escalationtimeline.api.RuleBroken.Kind.CONFLICT;
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
import static org.escalationtimeline.command.TestData.report;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementTest {

    private static final String ID = "jp-takaichi-taiwan-remarks";
    private static final String SPEAKER = "Prime Minister Sanae Takaichi";

    private FixtureConfiguration<Statement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Statement.class);
        fixture.registerInjectableResource(new InMemoryRegistry().register(CHN, JPN, USA, KOR));
    }

    // --- making a statement -------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is coded {1} / {2}")
    @CsvSource({"HOSTILE, 111, -2.0", "CRITICAL, 012, -0.4", "NEUTRAL, 010, 0.0", "CONCILIATORY, 013, 0.4",
            "SUPPORTIVE, 051, 3.4"})
    void aStatementIsCodedByItsTone(Tone tone, String code, double weight) {
        Report report = report("2025-11-07");
        fixture.givenNoPriorActivity()
                .when(new MakeStatement(ID, JPN, SPEAKER, List.of(CHN), tone, "Taiwan", report))
                .expectEvents(new StatementMade(ID, SPEAKER, tone, "Taiwan",
                        development(report, JPN, List.of(CHN), code, weight)));
    }

    @Test
    void aStatementGoesFromTheSpeakersActorToEveryActorItIsAbout() {
        Report report = report("2025-11-07");
        fixture.givenNoPriorActivity()
                .when(new MakeStatement(ID, JPN, SPEAKER, List.of(CHN, USA), Tone.CRITICAL, null, report))
                .expectEvents(new StatementMade(ID, SPEAKER, Tone.CRITICAL, null,
                        development(report, JPN, List.of(CHN, USA), "012", -0.4)));
    }

    @Test
    void aStatementIdIsUsedOnce() {
        fixture.given(made("2025-11-07"))
                .when(new MakeStatement(ID, JPN, SPEAKER, List.of(CHN), Tone.HOSTILE, "Taiwan", report("2025-11-08")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("statement-exists", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredActorCannotBeNamed() {
        fixture.givenNoPriorActivity()
                .when(new MakeStatement(ID, TWN, "President Lai Ching-te", List.of(CHN), Tone.HOSTILE, null,
                        report("2025-11-07")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredActorCannotBeSpokenAbout() {
        fixture.givenNoPriorActivity()
                .when(new MakeStatement(ID, JPN, SPEAKER, List.of(CHN, TWN), Tone.SUPPORTIVE, null, report("2025-11-07")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectExceptionMessage("not registered: TWN; register an actor before naming it")
                .expectNoEvents();
    }

    @Test
    void aToneOverrideByCodeTakesThatCodesWeight() {
        Report report = report("2025-11-07", cameo("130"));
        fixture.givenNoPriorActivity()
                .when(new MakeStatement(ID, JPN, SPEAKER, List.of(CHN), Tone.HOSTILE, null, report))
                .expectEvents(new StatementMade(ID, SPEAKER, Tone.HOSTILE, null,
                        development(report, JPN, List.of(CHN), "130", -4.4)));
    }

    @Test
    void aWeightOverrideKeepsTheCodeOfTheTone() {
        Report report = report("2025-11-07", goldstein(-10.0));
        fixture.givenNoPriorActivity()
                .when(new MakeStatement(ID, JPN, SPEAKER, List.of(CHN), Tone.HOSTILE, null, report))
                .expectEvents(new StatementMade(ID, SPEAKER, Tone.HOSTILE, null,
                        development(report, JPN, List.of(CHN), "111", -10.0)));
    }

    // --- retraction demands -------------------------------------------------------------------

    @Test
    void aRetractionDemandGoesFromTheDemanderToTheSpeakersActor() {
        Report report = report("2025-11-10");
        fixture.given(made("2025-11-07"))
                .when(new DemandRetraction(ID, CHN, report, null))
                .expectEvents(new RetractionDemanded(ID, development(report, CHN, List.of(JPN), "100", -5.0)));
    }

    @Test
    void aRetractionMayBeDemandedAgain() {
        Report report = report("2025-11-14");
        fixture.given(made("2025-11-07"), demanded(CHN, "2025-11-10"))
                .when(new DemandRetraction(ID, CHN, report, null))
                .expectEvents(new RetractionDemanded(ID, development(report, CHN, List.of(JPN), "100", -5.0)));
    }

    @Test
    void theSpeakersActorCannotDemandItsOwnRetraction() {
        fixture.given(made("2025-11-07"))
                .when(new DemandRetraction(ID, JPN, report("2025-11-10"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("retraction-demanded-by-another-actor", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredActorCannotDemandARetraction() {
        fixture.given(made("2025-11-07"))
                .when(new DemandRetraction(ID, TWN, report("2025-11-10"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aRetractionIsDemandedOnlyWhileNotRetracted() {
        fixture.given(made("2025-11-07"), retracted(List.of(CHN), "2025-11-20"))
                .when(new DemandRetraction(ID, CHN, report("2025-11-21"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("statement-already-retracted", CONFLICT))
                .expectNoEvents();
    }

    // --- refusals -----------------------------------------------------------------------------

    @Test
    void aRetractionIsRefusedOnlyAfterADemand() {
        fixture.given(made("2025-11-07"))
                .when(new RefuseRetraction(ID, report("2025-11-10"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("refusal-only-after-a-demand", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aRefusalGoesFromTheSpeakersActorToTheDemander() {
        Report report = report("2025-11-11");
        fixture.given(made("2025-11-07"), demanded(CHN, "2025-11-10"))
                .when(new RefuseRetraction(ID, report, null))
                .expectEvents(new RetractionRefused(ID, development(report, JPN, List.of(CHN), "120", -4.0)));
    }

    @Test
    void aRefusalGoesToEveryDemanderOnce() {
        Report report = report("2025-11-20");
        fixture.given(made("2025-11-07"), demanded(CHN, "2025-11-10"), demanded(KOR, "2025-11-12"),
                        demanded(CHN, "2025-11-14"))
                .when(new RefuseRetraction(ID, report, null))
                .expectEvents(new RetractionRefused(ID, development(report, JPN, List.of(CHN, KOR), "120", -4.0)));
    }

    @Test
    void aRetractionMayBeRefusedAgain() {
        Report report = report("2025-11-20");
        fixture.given(made("2025-11-07"), demanded(CHN, "2025-11-10"), refused(List.of(CHN), "2025-11-11"))
                .when(new RefuseRetraction(ID, report, null))
                .expectEvents(new RetractionRefused(ID, development(report, JPN, List.of(CHN), "120", -4.0)));
    }

    @Test
    void aRetractedStatementIsNotRefused() {
        fixture.given(made("2025-11-07"), demanded(CHN, "2025-11-10"), retracted(List.of(CHN), "2025-11-20"))
                .when(new RefuseRetraction(ID, report("2025-11-21"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("statement-already-retracted", CONFLICT))
                .expectNoEvents();
    }

    // --- retraction -----------------------------------------------------------------------------

    @Test
    void aRetractionYieldsToTheDemanders() {
        Report report = report("2025-11-20");
        fixture.given(made("2025-11-07"), demanded(CHN, "2025-11-10"), demanded(KOR, "2025-11-12"))
                .when(new RetractStatement(ID, report, null))
                .expectEvents(new StatementRetracted(ID, development(report, JPN, List.of(CHN, KOR), "080", 5.0)));
    }

    @Test
    void anUnaskedRetractionYieldsToThoseTheStatementWasAbout() {
        Report report = report("2025-11-20");
        fixture.given(made("2025-11-07"))
                .when(new RetractStatement(ID, report, null))
                .expectEvents(new StatementRetracted(ID, development(report, JPN, List.of(CHN), "080", 5.0)));
    }

    @Test
    void aRefusedRetractionMayStillBeRetracted() {
        Report report = report("2025-12");
        fixture.given(made("2025-11-07"), demanded(CHN, "2025-11-10"), refused(List.of(CHN), "2025-11-11"))
                .when(new RetractStatement(ID, report, null))
                .expectEvents(new StatementRetracted(ID, development(report, JPN, List.of(CHN), "080", 5.0)));
    }

    @Test
    void aStatementIsRetractedOnce() {
        fixture.given(made("2025-11-07"), retracted(List.of(CHN), "2025-11-20"))
                .when(new RetractStatement(ID, report("2025-11-21"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("retracted-once", CONFLICT))
                .expectNoEvents();
    }

    // --- dates ----------------------------------------------------------------------------------

    @Test
    void aDateMayNotRunBackwards() {
        // A retraction is not demanded before the statement was made.
        fixture.given(made("2025-11-07"))
                .when(new DemandRetraction(ID, CHN, report("2025-11-06"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("dates-must-not-run-backwards", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aRefusalIsNotDatedBeforeTheDemand() {
        fixture.given(made("2025-11-07"), demanded(CHN, "2025-11-10"))
                .when(new RefuseRetraction(ID, report("2025-11-09"), null))
                .expectException(brokenRule("dates-must-not-run-backwards", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aRetractionIsNotDatedBeforeWhatItFollows() {
        fixture.given(made("2025-11-07"), demanded(CHN, "2025-11-10"), refused(List.of(CHN), "2025-11-11"))
                .when(new RetractStatement(ID, report("2025-10"), null))
                .expectException(brokenRule("dates-must-not-run-backwards", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aVaguerDateContainingThePreviousOneMayFollowIt() {
        Report report = report("2025-11");
        fixture.given(made("2025-11-07"))
                .when(new DemandRetraction(ID, CHN, report, null))
                .expectEvents(new RetractionDemanded(ID, development(report, CHN, List.of(JPN), "100", -5.0)));
    }

    // --- the lifecycle predicate ----------------------------------------------------------------

    @Test
    void onlyADemandedStatementIsRefusable() {
        assertFalse(Statement.isRefusable(List.of()));
        assertTrue(Statement.isRefusable(List.of(CHN)));
        assertTrue(Statement.isRefusable(List.of(CHN, KOR)));
    }

    // --- histories ------------------------------------------------------------------------------

    private static StatementMade made(String date) {
        return new StatementMade(ID, SPEAKER, Tone.HOSTILE, "Taiwan",
                development(report(date), JPN, List.of(CHN), "111", -2.0));
    }

    private static RetractionDemanded demanded(ActorCode by, String date) {
        return new RetractionDemanded(ID, development(report(date), by, List.of(JPN), "100", -5.0));
    }

    private static RetractionRefused refused(List<ActorCode> demanders, String date) {
        return new RetractionRefused(ID, development(report(date), JPN, demanders, "120", -4.0));
    }

    private static StatementRetracted retracted(List<ActorCode> toward, String date) {
        return new StatementRetracted(ID, development(report(date), JPN, toward, "080", 5.0));
    }
}
