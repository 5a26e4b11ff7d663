package org.escalationtimeline.command.measure;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.measure.AnnounceMeasure;
import org.escalationtimeline.api.measure.EaseMeasure;
import org.escalationtimeline.api.measure.LiftMeasure;
import org.escalationtimeline.api.measure.MeasureAnnounced;
import org.escalationtimeline.api.measure.MeasureEased;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureLifted;
import org.escalationtimeline.api.measure.MeasureStatus;
import org.escalationtimeline.api.measure.MeasureSuspended;
import org.escalationtimeline.api.measure.MeasureTerms;
import org.escalationtimeline.api.measure.MeasureThreatened;
import org.escalationtimeline.api.measure.MeasureTightened;
import org.escalationtimeline.api.measure.ThreatWithdrawn;
import org.escalationtimeline.api.measure.ThreatenMeasure;
import org.escalationtimeline.api.measure.TightenMeasure;
import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.scoring.CodingOverride;
import org.escalationtimeline.command.InMemoryRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.escalationtimeline.api.RuleBroken.Kind.CONFLICT;
import static org.escalationtimeline.api.RuleBroken.Kind.NOT_FOUND;
import static org.escalationtimeline.api.RuleBroken.Kind.UNPROCESSABLE;
import static org.escalationtimeline.command.BrokenRule.brokenRule;
import static org.escalationtimeline.command.TestData.CHN;
import static org.escalationtimeline.command.TestData.JPN;
import static org.escalationtimeline.command.TestData.TWN;
import static org.escalationtimeline.command.TestData.USA;
import static org.escalationtimeline.command.TestData.WORLD;
import static org.escalationtimeline.command.TestData.cameo;
import static org.escalationtimeline.command.TestData.development;
import static org.escalationtimeline.command.TestData.goldstein;
import static org.escalationtimeline.command.TestData.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MeasureTest {

    private static final String ID = "cn-dual-use-ban-2026";
    private static final List<String> ITEMS = List.of("dual-use items for military end use");
    private static final LocalDate EFFECTIVE_ON = LocalDate.parse("2026-01-06");
    private static final MeasureTerms EXPORT_BAN_ON_JAPAN =
            new MeasureTerms(CHN, List.of(JPN), MeasureKind.EXPORT_BAN, ITEMS, EFFECTIVE_ON);

    private FixtureConfiguration<Measure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Measure.class);
        fixture.registerInjectableResource(new InMemoryRegistry().register(CHN, JPN, USA, WORLD));
    }

    // --- creating: announce, threaten -------------------------------------------------------

    @Test
    void announcingAnExportBanPutsItInForceAsAnEmbargo() {
        Report report = report("2026-01-06");
        fixture.givenNoPriorActivity()
                .when(AnnounceMeasure.create(ID, EXPORT_BAN_ON_JAPAN, report))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeasureAnnounced(ID, MeasureKind.EXPORT_BAN, ITEMS, EFFECTIVE_ON,
                        development(report, CHN, List.of(JPN), "163", -8.0)));
    }

    @ParameterizedTest(name = "{0} is coded {1} / {2}")
    @CsvSource({
            "EXPORT_BAN, 163, -8.0", "EXPORT_CONTROL, 163, -8.0", "LICENSING_REVIEW, 163, -8.0",
            "QUOTA, 163, -8.0", "EMBARGO, 163, -8.0", "SANCTION, 163, -8.0", "TARIFF, 163, -8.0",
            "IMPORT_BAN, 163, -8.0", "ANTI_DUMPING_PROBE, 090, -2.0", "INVESTIGATION, 090, -2.0",
            "TRAVEL_ADVISORY, 160, -4.0"})
    void everyKindOfMeasureIsAnnouncedWithItsDefaultCode(MeasureKind kind, String code, double weight) {
        Report report = report("2026-01-06");
        MeasureTerms terms = new MeasureTerms(CHN, List.of(JPN, USA), kind, ITEMS, null);
        fixture.givenNoPriorActivity()
                .when(AnnounceMeasure.create(ID, terms, report))
                .expectEvents(new MeasureAnnounced(ID, kind, ITEMS, null,
                        development(report, CHN, List.of(JPN, USA), code, weight)));
    }

    @Test
    void aMeasureAgainstEveryCountryTargetsTheWorld() {
        Report report = report("2025-10-09");
        MeasureTerms terms = new MeasureTerms(CHN, List.of(WORLD), MeasureKind.EXPORT_CONTROL, ITEMS, null);
        fixture.givenNoPriorActivity()
                .when(AnnounceMeasure.create(ID, terms, report))
                .expectEvents(new MeasureAnnounced(ID, MeasureKind.EXPORT_CONTROL, ITEMS, null,
                        development(report, CHN, List.of(WORLD), "163", -8.0)));
    }

    @Test
    void threateningAMeasureCreatesItAsAThreat() {
        Report report = report("2025-11");
        fixture.givenNoPriorActivity()
                .when(new ThreatenMeasure(ID, EXPORT_BAN_ON_JAPAN, report))
                .expectEvents(new MeasureThreatened(ID, MeasureKind.EXPORT_BAN, ITEMS, EFFECTIVE_ON,
                        development(report, CHN, List.of(JPN), "1312", -5.8)));
    }

    @Test
    void aMeasureIdIsUsedOnce() {
        fixture.given(announced("2026-01-06"))
                .when(AnnounceMeasure.create(ID, EXPORT_BAN_ON_JAPAN, report("2026-01-07")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("measure-exists", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aMeasureIdIsNotThreatenedAgain() {
        fixture.given(threatened("2025-11-20"))
                .when(new ThreatenMeasure(ID, EXPORT_BAN_ON_JAPAN, report("2025-12-01")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("measure-exists", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aThreatIsNotAnnouncedAnewWithTerms() {
        fixture.given(threatened("2025-11-20"))
                .when(AnnounceMeasure.create(ID, EXPORT_BAN_ON_JAPAN, report("2026-01-06")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("measure-exists", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredActorCannotBeNamed() {
        MeasureTerms byTaiwan = new MeasureTerms(TWN, List.of(CHN), MeasureKind.TARIFF, ITEMS, null);
        fixture.givenNoPriorActivity()
                .when(AnnounceMeasure.create(ID, byTaiwan, report("2026-01-06")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectExceptionMessage("not registered: TWN; register an actor before naming it")
                .expectNoEvents();
    }

    @Test
    void anUnregisteredTargetCannotBeNamed() {
        MeasureTerms againstTaiwan = new MeasureTerms(CHN, List.of(JPN, TWN), MeasureKind.SANCTION, ITEMS, null);
        fixture.givenNoPriorActivity()
                .when(new ThreatenMeasure(ID, againstTaiwan, report("2026-01-06")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectNoEvents();
    }

    // --- carrying out a threat ----------------------------------------------------------------

    @Test
    void announcingAThreatWithoutTermsCarriesItOut() {
        Report report = report("2026-01-06");
        fixture.given(threatened("2025-11-20"))
                .when(AnnounceMeasure.carryOutThreat(ID, report, null))
                .expectEvents(new MeasureAnnounced(ID, MeasureKind.EXPORT_BAN, ITEMS, EFFECTIVE_ON,
                        development(report, CHN, List.of(JPN), "163", -8.0)));
    }

    @Test
    void aCarriedOutThreatIsInForce() {
        // In force, so it can now be eased (a threat cannot).
        Report report = report("2026-02-01");
        fixture.given(threatened("2025-11-20"), announced("2026-01-06"))
                .when(new EaseMeasure(ID, false, null, report, null))
                .expectEvents(new MeasureEased(ID, null, development(report, CHN, List.of(JPN), "081", 5.0)));
    }

    @Test
    void aMissingMeasureIsNotAnnouncedWithoutTerms() {
        fixture.givenNoPriorActivity()
                .when(AnnounceMeasure.carryOutThreat(ID, report("2026-01-06"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("measure-must-exist", NOT_FOUND))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = "THREATENED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAThreatIsCarriedOut(MeasureStatus status) {
        fixture.given(historyUpTo(status))
                .when(AnnounceMeasure.carryOutThreat(ID, report("2026-03-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("only-a-threat-is-carried-out", CONFLICT))
                .expectNoEvents();
    }

    // --- tightening ---------------------------------------------------------------------------

    @Test
    void tighteningAMeasureInForceAddsItems() {
        Report report = report("2026-02-01");
        fixture.given(announced("2026-01-06"))
                .when(new TightenMeasure(ID, List.of("gallium", "germanium"), report, null))
                .expectEvents(new MeasureTightened(ID, List.of("gallium", "germanium"),
                        development(report, CHN, List.of(JPN), "163", -8.0)));
    }

    @Test
    void tighteningIsCodedByTheKindOfMeasure() {
        Report announcement = report("2026-01-06");
        Report report = report("2026-02-01");
        fixture.given(new MeasureAnnounced(ID, MeasureKind.ANTI_DUMPING_PROBE, List.of(), null,
                        development(announcement, CHN, List.of(JPN), "090", -2.0)))
                .when(new TightenMeasure(ID, List.of(), report, null))
                .expectEvents(new MeasureTightened(ID, List.of(), development(report, CHN, List.of(JPN), "090", -2.0)));
    }

    @Test
    void tighteningAnEasedMeasurePutsItBackInForce() {
        Report report = report("2026-03-01");
        fixture.given(announced("2026-01-06"), eased("2026-02-01"))
                .when(new TightenMeasure(ID, List.of(), report, null))
                .expectEvents(new MeasureTightened(ID, List.of(), development(report, CHN, List.of(JPN), "163", -8.0)));
    }

    @Test
    void tighteningReinstatesASuspendedMeasure() {
        Report report = report("2026-03-01");
        fixture.given(announced("2026-01-06"), suspended("2026-02-01"))
                .when(new TightenMeasure(ID, List.of("rare earth magnets"), report, null))
                .expectEvents(new MeasureTightened(ID, List.of("rare earth magnets"),
                        development(report, CHN, List.of(JPN), "163", -8.0)));
    }

    @Test
    void aReinstatedMeasureIsInForceAgain() {
        // A suspended measure cannot be eased; once tightened it is IN_FORCE and can be.
        Report report = report("2026-04-01");
        fixture.given(announced("2026-01-06"), suspended("2026-02-01"), tightened("2026-03-01"))
                .when(new EaseMeasure(ID, true, null, report, null))
                .expectEvents(new MeasureSuspended(ID, null, development(report, CHN, List.of(JPN), "081", 5.0)));
    }

    @Test
    void aThreatCannotBeTightened() {
        fixture.given(threatened("2025-11-20"))
                .when(new TightenMeasure(ID, List.of(), report("2026-01-06"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("tighten-only-in-force-eased-or-suspended", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aLiftedMeasureCannotBeTightened() {
        fixture.given(announced("2026-01-06"), lifted("2026-02-01"))
                .when(new TightenMeasure(ID, List.of(), report("2026-03-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("tighten-only-in-force-eased-or-suspended", CONFLICT))
                .expectNoEvents();
    }

    // --- easing and suspending ----------------------------------------------------------------

    @Test
    void easingKeepsTheMeasureActive() {
        Report report = report("2026-02-01");
        fixture.given(announced("2026-01-06"))
                .when(new EaseMeasure(ID, false, LocalDate.parse("2026-11-10"), report, null))
                .expectEvents(new MeasureEased(ID, LocalDate.parse("2026-11-10"),
                        development(report, CHN, List.of(JPN), "081", 5.0)));
    }

    @Test
    void easingWithSuspendSuspendsTheMeasure() {
        Report report = report("2026-02-01");
        fixture.given(announced("2026-01-06"))
                .when(new EaseMeasure(ID, true, LocalDate.parse("2026-11-10"), report, null))
                .expectEvents(new MeasureSuspended(ID, LocalDate.parse("2026-11-10"),
                        development(report, CHN, List.of(JPN), "081", 5.0)));
    }

    @Test
    void anEasedMeasureMayBeEasedFurtherOrSuspended() {
        Report report = report("2026-03-01");
        fixture.given(announced("2026-01-06"), eased("2026-02-01"))
                .when(new EaseMeasure(ID, true, null, report, null))
                .expectEvents(new MeasureSuspended(ID, null, development(report, CHN, List.of(JPN), "081", 5.0)));
    }

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"THREATENED", "SUSPENDED", "LIFTED"})
    void onlyAMeasureInForceOrEasedIsEased(MeasureStatus status) {
        fixture.given(historyUpTo(status))
                .when(new EaseMeasure(ID, false, null, report("2026-03-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("ease-only-in-force-or-eased", CONFLICT))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"THREATENED", "SUSPENDED", "LIFTED"})
    void onlyAMeasureInForceOrEasedIsSuspended(MeasureStatus status) {
        fixture.given(historyUpTo(status))
                .when(new EaseMeasure(ID, true, null, report("2026-03-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("ease-only-in-force-or-eased", CONFLICT))
                .expectNoEvents();
    }

    // --- lifting ------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = MeasureStatus.class, names = {"IN_FORCE", "EASED", "SUSPENDED"})
    void liftingAMeasureEndsIt(MeasureStatus status) {
        Report report = report("2026-03-01");
        fixture.given(historyUpTo(status))
                .when(new LiftMeasure(ID, report, null))
                .expectEvents(new MeasureLifted(ID, development(report, CHN, List.of(JPN), "085", 7.0)));
    }

    @Test
    void liftingAThreatWithdrawsIt() {
        Report report = report("2025-12-01");
        fixture.given(threatened("2025-11-20"))
                .when(new LiftMeasure(ID, report, null))
                .expectEvents(new ThreatWithdrawn(ID, development(report, CHN, List.of(JPN), "080", 5.0)));
    }

    @Test
    void cannotLiftAMeasureTwice() {
        fixture.given(announced("2026-01-06"), lifted("2026-02-01"))
                .when(new LiftMeasure(ID, report("2026-03-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("cannot-lift-twice", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawAThreatTwice() {
        fixture.given(threatened("2025-11-20"), withdrawn("2025-12-01"))
                .when(new LiftMeasure(ID, report("2026-01-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("cannot-lift-twice", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnThreatIsNotCarriedOut() {
        fixture.given(threatened("2025-11-20"), withdrawn("2025-12-01"))
                .when(AnnounceMeasure.carryOutThreat(ID, report("2026-01-01"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("only-a-threat-is-carried-out", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aMissingMeasureCannotBeTightenedEasedOrLifted() {
        fixture.givenNoPriorActivity()
                .when(new TightenMeasure(ID, List.of(), report("2026-01-06"), null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new EaseMeasure(ID, false, null, report("2026-01-06"), null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new LiftMeasure(ID, report("2026-01-06"), null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    // --- versions -------------------------------------------------------------------------------

    @Test
    void theExpectedVersionMustBeTheCurrentOne() {
        // Announced is version 0, eased version 1.
        fixture.given(announced("2026-01-06"), eased("2026-02-01"))
                .when(new LiftMeasure(ID, report("2026-03-01"), 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void theCurrentVersionIsAccepted() {
        Report report = report("2026-03-01");
        fixture.given(announced("2026-01-06"), eased("2026-02-01"))
                .when(new LiftMeasure(ID, report, 1L))
                .expectEvents(new MeasureLifted(ID, development(report, CHN, List.of(JPN), "085", 7.0)));
    }

    // --- dates ----------------------------------------------------------------------------------

    @Test
    void aDateMayNotRunBackwards() {
        // A measure is not lifted before it was announced.
        fixture.given(announced("2026-01-06"))
                .when(new LiftMeasure(ID, report("2026-01-05"), null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("dates-must-not-run-backwards", UNPROCESSABLE))
                .expectExceptionMessage("dated 2026-01-05, before 2026-01-06, the date of what it follows")
                .expectNoEvents();
    }

    @Test
    void aThreatIsNotCarriedOutBeforeItWasMade() {
        fixture.given(threatened("2025-11-20"))
                .when(AnnounceMeasure.carryOutThreat(ID, report("2025-11-19"), null))
                .expectException(brokenRule("dates-must-not-run-backwards", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aMeasureIsNotTightenedBeforeItsLatestDevelopment() {
        fixture.given(announced("2026-01-06"), eased("2026-02-01"))
                .when(new TightenMeasure(ID, List.of(), report("2026-01-31"), null))
                .expectException(brokenRule("dates-must-not-run-backwards", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aMeasureIsNotEasedBeforeItWasTightened() {
        fixture.given(announced("2026-01-06"), tightened("2026-02-01"))
                .when(new EaseMeasure(ID, true, null, report("2026-01"), null))
                .expectException(brokenRule("dates-must-not-run-backwards", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aDevelopmentOnTheSameDayMayFollow() {
        Report report = report("2026-01-06");
        fixture.given(announced("2026-01-06"))
                .when(new LiftMeasure(ID, report, null))
                .expectEvents(new MeasureLifted(ID, development(report, CHN, List.of(JPN), "085", 7.0)));
    }

    @Test
    void aVaguerDateContainingThePreviousOneMayFollowIt() {
        // "in October" after "on 9 October" is not running backwards.
        Report report = report("2025-10");
        fixture.given(announced("2025-10-09"))
                .when(new EaseMeasure(ID, false, null, report, null))
                .expectEvents(new MeasureEased(ID, null, development(report, CHN, List.of(JPN), "081", 5.0)));
    }

    // --- coding overrides ---------------------------------------------------------------------

    @Test
    void aCameoOverrideTakesThatCodesTableWeight() {
        Report report = report("2026-01-06", cameo("172"));
        fixture.givenNoPriorActivity()
                .when(AnnounceMeasure.create(ID, EXPORT_BAN_ON_JAPAN, report))
                .expectEvents(new MeasureAnnounced(ID, MeasureKind.EXPORT_BAN, ITEMS, EFFECTIVE_ON,
                        development(report, CHN, List.of(JPN), "172", -5.0)));
    }

    @Test
    void aGoldsteinOverrideKeepsTheDefaultCode() {
        Report report = report("2025-12-01", goldstein(-9.5));
        fixture.given(threatened("2025-11-20"))
                .when(new LiftMeasure(ID, report, null))
                .expectEvents(new ThreatWithdrawn(ID, development(report, CHN, List.of(JPN), "080", -9.5)));
    }

    @Test
    void aCodeAndAWeightMayBothBeOverridden() {
        Report report = report("2026-02-01", new CodingOverride(new CameoCode("0311"), 10.0));
        fixture.given(announced("2026-01-06"))
                .when(new EaseMeasure(ID, false, null, report, null))
                .expectEvents(new MeasureEased(ID, null, development(report, CHN, List.of(JPN), "0311", 10.0)));
    }

    // --- the lifecycle predicates, for every status ---------------------------------------------

    @ParameterizedTest(name = "{0}: carried out {1}, tightened {2}, eased {3}, lifted {4}")
    @CsvSource({
            "THREATENED, true,  false, false, true",
            "IN_FORCE,   false, true,  true,  true",
            "EASED,      false, true,  true,  true",
            "SUSPENDED,  false, true,  false, true",
            "LIFTED,     false, false, false, false"})
    void eachStatusAllowsItsOwnTransitions(MeasureStatus status, boolean carriedOut, boolean tightened,
                                           boolean eased, boolean lifted) {
        assertEquals(carriedOut, Measure.isCarriedOutFrom(status), "isCarriedOutFrom");
        assertEquals(tightened, Measure.isTightenedFrom(status), "isTightenedFrom");
        assertEquals(eased, Measure.isEasedFrom(status), "isEasedFrom");
        assertEquals(lifted, Measure.isLiftedFrom(status), "isLiftedFrom");
    }

    // --- histories ------------------------------------------------------------------------------

    /** Events that bring the measure to {@code status}, each dated no later than 2026-02-01. */
    private static List<Object> historyUpTo(MeasureStatus status) {
        return switch (status) {
            case THREATENED -> List.of(threatened("2025-11-20"));
            case IN_FORCE -> List.of(announced("2026-01-06"));
            case EASED -> List.of(announced("2026-01-06"), eased("2026-02-01"));
            case SUSPENDED -> List.of(announced("2026-01-06"), suspended("2026-02-01"));
            case LIFTED -> List.of(announced("2026-01-06"), lifted("2026-02-01"));
        };
    }

    private static MeasureThreatened threatened(String date) {
        return new MeasureThreatened(ID, MeasureKind.EXPORT_BAN, ITEMS, EFFECTIVE_ON,
                development(report(date), CHN, List.of(JPN), "1312", -5.8));
    }

    private static MeasureAnnounced announced(String date) {
        return new MeasureAnnounced(ID, MeasureKind.EXPORT_BAN, ITEMS, EFFECTIVE_ON,
                development(report(date), CHN, List.of(JPN), "163", -8.0));
    }

    private static MeasureTightened tightened(String date) {
        return new MeasureTightened(ID, List.of(), development(report(date), CHN, List.of(JPN), "163", -8.0));
    }

    private static MeasureEased eased(String date) {
        return new MeasureEased(ID, null, development(report(date), CHN, List.of(JPN), "081", 5.0));
    }

    private static MeasureSuspended suspended(String date) {
        return new MeasureSuspended(ID, null, development(report(date), CHN, List.of(JPN), "081", 5.0));
    }

    private static MeasureLifted lifted(String date) {
        return new MeasureLifted(ID, development(report(date), CHN, List.of(JPN), "085", 7.0));
    }

    private static ThreatWithdrawn withdrawn(String date) {
        return new ThreatWithdrawn(ID, development(report(date), CHN, List.of(JPN), "080", 5.0));
    }
}
