package org.escalationtimeline.command.actor;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.actor.ActorRegistered;
import org.escalationtimeline.api.actor.RegisterActor;
import org.escalationtimeline.api.value.ActorKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.escalationtimeline.api.RuleBroken.Kind.CONFLICT;
import static org.escalationtimeline.command.BrokenRule.brokenRule;
import static org.escalationtimeline.command.TestData.JPN;
import static org.escalationtimeline.command.TestData.WORLD;

class ActorTest {

    private FixtureConfiguration<Actor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Actor.class);
    }

    @Test
    void registeringAnActorRecordsIt() {
        UUID eventId = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new RegisterActor(JPN, "  Japan ", ActorKind.STATE, eventId))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActorRegistered(eventId, JPN, "Japan", ActorKind.STATE));
    }

    @Test
    void theWorldIsRegisteredAsGlobal() {
        UUID eventId = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new RegisterActor(WORLD, "Every country", ActorKind.GLOBAL, eventId))
                .expectEvents(new ActorRegistered(eventId, WORLD, "Every country", ActorKind.GLOBAL));
    }

    @Test
    void anActorIsRegisteredOnce() {
        fixture.given(new ActorRegistered(UUID.randomUUID(), JPN, "Japan", ActorKind.STATE))
                .when(new RegisterActor(JPN, "Japan", ActorKind.STATE, UUID.randomUUID()))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actor-registered-once", CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aRegisteredCodeIsNotTakenByAnotherName() {
        fixture.given(new ActorRegistered(UUID.randomUUID(), JPN, "Japan", ActorKind.STATE))
                .when(new RegisterActor(JPN, "Nippon", ActorKind.BLOC, UUID.randomUUID()))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actor-registered-once", CONFLICT))
                .expectNoEvents();
    }
}
