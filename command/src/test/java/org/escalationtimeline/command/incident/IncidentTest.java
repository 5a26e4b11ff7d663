package org.escalationtimeline.command.incident;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.incident.IncidentRecorded;
import org.escalationtimeline.api.incident.RecordIncident;
import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.scoring.CodingOverride;
import org.escalationtimeline.command.InMemoryRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.escalationtimeline.api.RuleBroken.Kind.CONFLICT;
import static org.escalationtimeline.api.RuleBroken.Kind.UNPROCESSABLE;
import static org.escalationtimeline.command.BrokenRule.brokenRule;
import static org.escalationtimeline.command.TestData.CHN;
import static org.escalationtimeline.command.TestData.JPN;
import static org.escalationtimeline.command.TestData.TWN;
import static org.escalationtimeline.command.TestData.cameo;
import static org.escalationtimeline.command.TestData.development;
import static org.escalationtimeline.command.TestData.goldstein;
import static org.escalationtimeline.command.TestData.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IncidentTest {

    private static final String ID = "jp-trawler-captain-arrest-2010";

    private FixtureConfiguration<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource(new InMemoryRegistry().register(CHN, JPN));
    }

    @Test
    void anIncidentIsCodedWithTheCodeGivenAndItsTableWeight() {
        Report report = report("2010-09-08", cameo("173"));
        fixture.givenNoPriorActivity()
                .when(new RecordIncident(ID, JPN, List.of(CHN), report))
                .expectEvents(new IncidentRecorded(ID, development(report, JPN, List.of(CHN), "173", -5.0)));
    }

    @Test
    void aWeightOverrideReplacesTheTableWeight() {
        Report report = report("2010-09-08", new CodingOverride(new CameoCode("173"), -7.0));
        fixture.givenNoPriorActivity()
                .when(new RecordIncident(ID, JPN, List.of(CHN), report))
                .expectEvents(new IncidentRecorded(ID, development(report, JPN, List.of(CHN), "173", -7.0)));
    }

    @Test
    void anIncidentMayHaveNoTarget() {
        Report report = report("2010-09", cameo("014"));
        fixture.givenNoPriorActivity()
                .when(new RecordIncident(ID, CHN, List.of(), report))
                .expectEvents(new IncidentRecorded(ID, development(report, CHN, List.of(), "014", 0.0)));
    }

    @Test
    void anIncidentNeedsItsCode() {
        InvalidValue noCoding = assertThrows(InvalidValue.class,
                () -> new RecordIncident(ID, JPN, List.of(CHN), report("2010-09-08")));
        assertEquals("cameo", noCoding.field());
        InvalidValue weightOnly = assertThrows(InvalidValue.class,
                () -> new RecordIncident(ID, JPN, List.of(CHN), report("2010-09-08", goldstein(-5.0))));
        assertEquals("cameo", weightOnly.field());
    }

    @Test
    void anIncidentCodeMustExistInTheTable() {
        InvalidValue unknown = assertThrows(InvalidValue.class, () -> cameo("999"));
        assertEquals("cameo", unknown.field());
    }

    @Test
    void anUnregisteredActorCannotBeNamed() {
        fixture.givenNoPriorActivity()
                .when(new RecordIncident(ID, TWN, List.of(CHN), report("2010-09-08", cameo("173"))))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredTargetCannotBeNamed() {
        fixture.givenNoPriorActivity()
                .when(new RecordIncident(ID, JPN, List.of(TWN), report("2010-09-08", cameo("173"))))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void anIncidentIdIsUsedOnce() {
        fixture.given(new IncidentRecorded(ID, development(report("2010-09-08", cameo("173")), JPN, List.of(CHN),
                        "173", -5.0)))
                .when(new RecordIncident(ID, JPN, List.of(CHN), report("2010-09-09", cameo("173"))))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("incident-exists", CONFLICT))
                .expectNoEvents();
    }
}
