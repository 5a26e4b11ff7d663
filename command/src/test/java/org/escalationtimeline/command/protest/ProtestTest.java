package org.escalationtimeline.command.protest;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.LodgeProtest;
import org.escalationtimeline.api.protest.ProtestAcknowledged;
import org.escalationtimeline.api.protest.ProtestDismissed;
import org.escalationtimeline.api.protest.ProtestLodged;
import org.escalationtimeline.api.protest.ProtestRejected;
import org.escalationtimeline.api.protest.ProtestResponse;
import org.escalationtimeline.api.protest.ProtestSubject;
import org.escalationtimeline.api.protest.ProtestUpheld;
import org.escalationtimeline.api.protest.RespondToProtest;
import org.escalationtimeline.command.InMemoryRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.List;

import static org.escalationtimeline.api.RuleBroken.Kind.CONFLICT;
import static org.escalationtimeline.api.RuleBroken.Kind.UNPROCESSABLE;
import static org.escalationtimeline.command.BrokenRule.brokenRule;
import static org.escalationtimeline.command.TestData.CHN;
import static org.escalationtimeline.command.TestData.JPN;
import static org.escalationtimeline.command.TestData.TWN;
import static org.escalationtimeline.command.TestData.USA;
import static org.escalationtimeline.command.TestData.WTO;
import static org.escalationtimeline.command.TestData.cameo;
import static org.escalationtimeline.command.TestData.development;
import static org.escalationtimeline.command.TestData.goldstein;
import static org.escalationtimeline.command.TestData.report;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtestTest {

    private static final String ID = "jp-protest-dual-use-ban";
    private static final String MEASURE = "cn-dual-use-ban-2026";
    private static final String STATEMENT = "jp-takaichi-taiwan-remarks";

    private FixtureConfiguration<Protest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Protest.class);
        fixture.registerInjectableResource(new InMemoryRegistry().register(CHN, JPN, USA, WTO)
                .aggregate(MEASURE, "measure").aggregate(STATEMENT, "statement"));
    }

    // --- lodging --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is coded {1} / {2}")
    @CsvSource({"DIPLOMATIC, 114, -2.0", "WTO, 115, -2.0", "G7, 113, -2.0", "UN, 113, -2.0", "OTHER, 113, -2.0"})
    void aProtestIsCodedByItsForum(Forum forum, String code, double weight) {
        Report report = report("2026-01-07");
        fixture.givenNoPriorActivity()
                .when(new LodgeProtest(ID, JPN, CHN, forum, null, report))
                .expectEvents(new ProtestLodged(ID, forum, null, development(report, JPN, List.of(CHN), code, weight)));
    }

    @Test
    void aProtestMayNameTheMeasureItIsAbout() {
        Report report = report("2026-01-07");
        fixture.givenNoPriorActivity()
                .when(new LodgeProtest(ID, JPN, CHN, Forum.DIPLOMATIC, ProtestSubject.measure(MEASURE), report))
                .expectEvents(new ProtestLodged(ID, Forum.DIPLOMATIC, ProtestSubject.measure(MEASURE),
                        development(report, JPN, List.of(CHN), "114", -2.0)));
    }

    @Test
    void aProtestMayNameTheStatementItIsAbout() {
        Report report = report("2025-11-14");
        fixture.givenNoPriorActivity()
                .when(new LodgeProtest(ID, CHN, JPN, Forum.DIPLOMATIC, ProtestSubject.statement(STATEMENT), report))
                .expectEvents(new ProtestLodged(ID, Forum.DIPLOMATIC, ProtestSubject.statement(STATEMENT),
                        development(report, CHN, List.of(JPN), "114", -2.0)));
    }

    @Test
    void aProtestAboutAMissingMeasureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new LodgeProtest(ID, JPN, CHN, Forum.WTO, ProtestSubject.measure("cn-no-such-measure"),
                        report("2026-01-07")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("protest-subject-must-exist", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aProtestAboutAMissingStatementIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new LodgeProtest(ID, CHN, JPN, Forum.DIPLOMATIC, ProtestSubject.statement("jp-no-such-remarks"),
                        report("2025-11-14")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("protest-subject-must-exist", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aProtestNamingAStatementAsAMeasureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new LodgeProtest(ID, CHN, JPN, Forum.DIPLOMATIC, ProtestSubject.measure(STATEMENT),
                        report("2025-11-14")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("protest-subject-must-exist", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredActorCannotBeNamed() {
        fixture.givenNoPriorActivity()
                .when(new LodgeProtest(ID, TWN, CHN, Forum.DIPLOMATIC, null, report("2026-01-07")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredPartyCannotBeProtestedAgainst() {
        fixture.givenNoPriorActivity()
                .when(new LodgeProtest(ID, CHN, TWN, Forum.DIPLOMATIC, null, report("2026-01-07")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aProtestIdIsUsedOnce() {
        fixture.given(lodged(Forum.DIPLOMATIC, "2026-01-07"))
                .when(new LodgeProtest(ID, JPN, CHN, Forum.DIPLOMATIC, null, report("2026-01-08")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("protest-exists", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aCodeOverrideTakesThatCodesTableWeight() {
        Report report = report("2026-01-07", cameo("130"));
        fixture.givenNoPriorActivity()
                .when(new LodgeProtest(ID, JPN, CHN, Forum.DIPLOMATIC, null, report))
                .expectEvents(new ProtestLodged(ID, Forum.DIPLOMATIC, null,
                        development(report, JPN, List.of(CHN), "130", -4.4)));
    }

    // --- answers of the party protested against -----------------------------------------------------

    @Test
    void aRejectionGoesFromTheResponderToTheProtester() {
        Report report = report("2026-01-08");
        fixture.given(lodged(Forum.DIPLOMATIC, "2026-01-07"))
                .when(new RespondToProtest(ID, CHN, ProtestResponse.REJECTED, report, null))
                .expectEvents(new ProtestRejected(ID, development(report, CHN, List.of(JPN), "120", -4.0)));
    }

    @Test
    void anAcknowledgementGoesFromTheResponderToTheProtester() {
        Report report = report("2026-01-08");
        fixture.given(lodged(Forum.DIPLOMATIC, "2026-01-07"))
                .when(new RespondToProtest(ID, CHN, ProtestResponse.ACKNOWLEDGED, report, null))
                .expectEvents(new ProtestAcknowledged(ID, development(report, CHN, List.of(JPN), "010", 0.0)));
    }

    @Test
    void aWtoDisputeMayBeAnsweredByTheParty() {
        Report report = report("2026-01-08", goldstein(-6.0));
        fixture.given(lodged(Forum.WTO, "2026-01-07"))
                .when(new RespondToProtest(ID, CHN, ProtestResponse.REJECTED, report, null))
                .expectEvents(new ProtestRejected(ID, development(report, CHN, List.of(JPN), "120", -6.0)));
    }

    @ParameterizedTest
    @EnumSource(value = ProtestResponse.class, names = {"REJECTED", "ACKNOWLEDGED"})
    void onlyThePartyProtestedAgainstAnswers(ProtestResponse response) {
        fixture.given(lodged(Forum.DIPLOMATIC, "2026-01-07"))
                .when(new RespondToProtest(ID, USA, response, report("2026-01-08"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("answered-by-the-party-protested-against", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void theProtesterDoesNotAnswerItsOwnProtest() {
        fixture.given(lodged(Forum.DIPLOMATIC, "2026-01-07"))
                .when(new RespondToProtest(ID, JPN, ProtestResponse.ACKNOWLEDGED, report("2026-01-08"), null))
                .expectException(brokenRule("answered-by-the-party-protested-against", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aRejectionIsGivenOnce() {
        fixture.given(lodged(Forum.DIPLOMATIC, "2026-01-07"), rejected("2026-01-08"))
                .when(new RespondToProtest(ID, CHN, ProtestResponse.REJECTED, report("2026-01-09"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("each-answer-once", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void anAcknowledgementIsGivenOnce() {
        fixture.given(lodged(Forum.DIPLOMATIC, "2026-01-07"), acknowledged("2026-01-08"))
                .when(new RespondToProtest(ID, CHN, ProtestResponse.ACKNOWLEDGED, report("2026-01-09"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("each-answer-once", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void eachKindOfAnswerMayBeGivenOnceEach() {
        Report report = report("2026-01-09");
        fixture.given(lodged(Forum.DIPLOMATIC, "2026-01-07"), rejected("2026-01-08"))
                .when(new RespondToProtest(ID, CHN, ProtestResponse.ACKNOWLEDGED, report, null))
                .expectEvents(new ProtestAcknowledged(ID, development(report, CHN, List.of(JPN), "010", 0.0)));
    }

    // --- WTO rulings ------------------------------------------------------------------------------

    @Test
    void anUpheldDisputeGoesFromTheWtoToThePartyProtestedAgainst() {
        Report report = report("2027-03");
        fixture.given(lodged(Forum.WTO, "2026-01-07"))
                .when(new RespondToProtest(ID, WTO, ProtestResponse.UPHELD, report, null))
                .expectEvents(new ProtestUpheld(ID, development(report, WTO, List.of(CHN), "116", -2.0)));
    }

    @Test
    void aDismissedDisputeGoesFromTheWtoToThePartyProtestedAgainst() {
        Report report = report("2027");
        fixture.given(lodged(Forum.WTO, "2026-01-07"))
                .when(new RespondToProtest(ID, WTO, ProtestResponse.DISMISSED, report, null))
                .expectEvents(new ProtestDismissed(ID, development(report, WTO, List.of(CHN), "010", 0.0)));
    }

    @Test
    void aRulingMayFollowThePartysAnswer() {
        Report report = report("2027-03-01");
        fixture.given(lodged(Forum.WTO, "2026-01-07"), rejected("2026-01-08"), acknowledged("2026-02-01"))
                .when(new RespondToProtest(ID, WTO, ProtestResponse.UPHELD, report, null))
                .expectEvents(new ProtestUpheld(ID, development(report, WTO, List.of(CHN), "116", -2.0)));
    }

    @ParameterizedTest
    @EnumSource(value = ProtestResponse.class, names = {"UPHELD", "DISMISSED"})
    void onlyTheWtoRulesOnAWtoDispute(ProtestResponse ruling) {
        fixture.given(lodged(Forum.WTO, "2026-01-07"))
                .when(new RespondToProtest(ID, USA, ruling, report("2027-03-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("ruled-by-the-wto", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void thePartyProtestedAgainstDoesNotRuleOnItself() {
        fixture.given(lodged(Forum.WTO, "2026-01-07"))
                .when(new RespondToProtest(ID, CHN, ProtestResponse.DISMISSED, report("2027-03-01"), null))
                .expectException(brokenRule("ruled-by-the-wto", UNPROCESSABLE))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Forum.class, names = "WTO", mode = EnumSource.Mode.EXCLUDE)
    void onlyAWtoDisputeIsRuledOn(Forum forum) {
        fixture.given(lodged(forum, "2026-01-07"))
                .when(new RespondToProtest(ID, WTO, ProtestResponse.UPHELD, report("2027-03-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("ruling-only-in-a-wto-dispute", UNPROCESSABLE))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(ProtestResponse.class)
    void nothingIsAnsweredAfterAnUpholding(ProtestResponse response) {
        fixture.given(lodged(Forum.WTO, "2026-01-07"), upheld("2027-03-01"))
                .when(new RespondToProtest(ID, response.ruling() ? WTO : CHN, response, report("2027-04-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("nothing-after-a-ruling", CONFLICT))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(ProtestResponse.class)
    void nothingIsAnsweredAfterADismissal(ProtestResponse response) {
        fixture.given(lodged(Forum.WTO, "2026-01-07"), dismissed("2027-03-01"))
                .when(new RespondToProtest(ID, response.ruling() ? WTO : CHN, response, report("2027-04-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("nothing-after-a-ruling", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredWtoCannotRule() {
        fixture = new AggregateTestFixture<>(Protest.class);
        fixture.registerInjectableResource(new InMemoryRegistry().register(CHN, JPN));
        fixture.given(lodged(Forum.WTO, "2026-01-07"))
                .when(new RespondToProtest(ID, WTO, ProtestResponse.UPHELD, report("2027-03-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aMissingProtestIsNotAnswered() {
        fixture.givenNoPriorActivity()
                .when(new RespondToProtest(ID, CHN, ProtestResponse.REJECTED, report("2026-01-08"), null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    // --- dates ----------------------------------------------------------------------------------

    @Test
    void aDateMayNotRunBackwards() {
        fixture.given(lodged(Forum.DIPLOMATIC, "2026-01-07"))
                .when(new RespondToProtest(ID, CHN, ProtestResponse.REJECTED, report("2026-01-06"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("dates-must-not-run-backwards", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aRulingIsNotDatedBeforeTheLatestAnswer() {
        fixture.given(lodged(Forum.WTO, "2026-01-07"), rejected("2026-02-01"))
                .when(new RespondToProtest(ID, WTO, ProtestResponse.DISMISSED, report("2026-01"), null))
                .expectException(brokenRule("dates-must-not-run-backwards", UNPROCESSABLE))
                .expectNoEvents();
    }

    // --- the lifecycle predicate ----------------------------------------------------------------

    @Test
    void onlyARulingEndsADispute() {
        assertFalse(Protest.isRuled(EnumSet.noneOf(ProtestResponse.class)));
        assertFalse(Protest.isRuled(EnumSet.of(ProtestResponse.REJECTED)));
        assertFalse(Protest.isRuled(EnumSet.of(ProtestResponse.ACKNOWLEDGED)));
        assertFalse(Protest.isRuled(EnumSet.of(ProtestResponse.REJECTED, ProtestResponse.ACKNOWLEDGED)));
        assertTrue(Protest.isRuled(EnumSet.of(ProtestResponse.UPHELD)));
        assertTrue(Protest.isRuled(EnumSet.of(ProtestResponse.DISMISSED)));
        assertTrue(Protest.isRuled(EnumSet.of(ProtestResponse.REJECTED, ProtestResponse.UPHELD)));
    }

    // --- histories ------------------------------------------------------------------------------

    private static ProtestLodged lodged(Forum forum, String date) {
        String code = switch (forum) {
            case DIPLOMATIC -> "114";
            case WTO -> "115";
            case G7, UN, OTHER -> "113";
        };
        return new ProtestLodged(ID, forum, ProtestSubject.measure(MEASURE),
                development(report(date), JPN, List.of(CHN), code, -2.0));
    }

    private static ProtestRejected rejected(String date) {
        return new ProtestRejected(ID, development(report(date), CHN, List.of(JPN), "120", -4.0));
    }

    private static ProtestAcknowledged acknowledged(String date) {
        return new ProtestAcknowledged(ID, development(report(date), CHN, List.of(JPN), "010", 0.0));
    }

    private static ProtestUpheld upheld(String date) {
        return new ProtestUpheld(ID, development(report(date), WTO, List.of(CHN), "116", -2.0));
    }

    private static ProtestDismissed dismissed(String date) {
        return new ProtestDismissed(ID, development(report(date), WTO, List.of(CHN), "010", 0.0));
    }
}
