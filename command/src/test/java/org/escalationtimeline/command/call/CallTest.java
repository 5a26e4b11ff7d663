package org.escalationtimeline.command.call;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.call.CallHeld;
import org.escalationtimeline.api.call.HoldCall;
import org.escalationtimeline.command.InMemoryRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import static org.escalationtimeline.command.TestData.participants;
import static org.escalationtimeline.command.TestData.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CallTest {

    private static final String ID = "jp-us-leaders-call-2025-11";

    private FixtureConfiguration<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
        fixture.registerInjectableResource(new InMemoryRegistry().register(CHN, JPN, USA, KOR));
    }

    @Test
    void aCallIsCooperationFromTheFirstParticipantTowardTheOther() {
        Report report = report("2025-11-25");
        fixture.givenNoPriorActivity()
                .when(new HoldCall(ID, participants(JPN, USA), report))
                .expectEvents(new CallHeld(ID, List.of(JPN, USA), development(report, JPN, List.of(USA), "041", 1.0)));
    }

    @Test
    void aCallOfSeveralTargetsEveryOtherParticipant() {
        Report report = report("2025-11-25");
        fixture.givenNoPriorActivity()
                .when(new HoldCall(ID, participants(USA, JPN, KOR), report))
                .expectEvents(new CallHeld(ID, List.of(USA, JPN, KOR),
                        development(report, USA, List.of(JPN, KOR), "041", 1.0)));
    }

    @Test
    void aCallIdIsUsedOnce() {
        fixture.given(new CallHeld(ID, List.of(JPN, USA), development(report("2025-11-25"), JPN, List.of(USA), "041", 1.0)))
                .when(new HoldCall(ID, participants(JPN, USA), report("2025-11-26")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("call-exists", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void anUnregisteredActorCannotBeNamed() {
        fixture.givenNoPriorActivity()
                .when(new HoldCall(ID, participants(USA, TWN), report("2025-11-25")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectExceptionMessage("not registered: TWN; register an actor before naming it")
                .expectNoEvents();
    }

    @Test
    void aCallHasTwoOrMoreDistinctParticipants() {
        InvalidValue alone = assertThrows(InvalidValue.class,
                () -> new HoldCall(ID, participants(JPN), report("2025-11-25")));
        assertEquals("participants", alone.field());
        InvalidValue twice = assertThrows(InvalidValue.class,
                () -> new HoldCall(ID, participants(JPN, JPN), report("2025-11-25")));
        assertEquals("participants", twice.field());
    }

    @Test
    void aCodeOverrideTakesThatCodesTableWeight() {
        Report report = report("2025-11-25", cameo("036"));
        fixture.givenNoPriorActivity()
                .when(new HoldCall(ID, participants(CHN, USA), report))
                .expectEvents(new CallHeld(ID, List.of(CHN, USA), development(report, CHN, List.of(USA), "036", 4.0)));
    }

    @Test
    void aWeightOverrideKeepsTheCallCode() {
        Report report = report("2025-11-25", goldstein(0.5));
        fixture.givenNoPriorActivity()
                .when(new HoldCall(ID, participants(CHN, USA), report))
                .expectEvents(new CallHeld(ID, List.of(CHN, USA), development(report, CHN, List.of(USA), "041", 0.5)));
    }
}
