package org.escalationtimeline.command;

import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.EventDate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.escalationtimeline.command.TestData.CHN;
import static org.escalationtimeline.command.TestData.JPN;
import static org.escalationtimeline.command.TestData.TWN;
import static org.escalationtimeline.command.TestData.USA;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RulesTest {

    private final InMemoryRegistry registry = new InMemoryRegistry().register(CHN, JPN);

    @Test
    void registeredActorsMayBeNamed() {
        assertDoesNotThrow(() -> Rules.requireRegistered(registry, CHN, List.of(JPN)));
        assertDoesNotThrow(() -> Rules.requireRegistered(registry, List.of()));
    }

    @Test
    void everyUnregisteredActorIsNamedOnceInTheRefusal() {
        ActorCode eu = ActorCode.of("EU");
        RuleBroken refused = assertThrows(RuleBroken.class,
                () -> Rules.requireRegistered(registry, TWN, List.of(JPN, USA, TWN, eu, USA)));
        assertEquals(Rules.ACTORS_MUST_BE_REGISTERED, refused.rule());
        assertEquals("actors-must-be-registered", refused.rule());
        assertEquals(RuleBroken.Kind.UNPROCESSABLE, refused.kind());
        assertEquals("not registered: TWN, USA, EU; register an actor before naming it", refused.getMessage());
    }

    @Test
    void theFirstDevelopmentFollowsNothing() {
        assertDoesNotThrow(() -> Rules.requireNotBefore(null, EventDate.parse("2010-09-08")));
    }

    @Test
    void aDateMayNotRunBackwards() {
        RuleBroken refused = assertThrows(RuleBroken.class,
                () -> Rules.requireNotBefore(EventDate.parse("2026-01-06"), EventDate.parse("2025-12")));
        assertEquals("dates-must-not-run-backwards", refused.rule());
        assertEquals(RuleBroken.Kind.UNPROCESSABLE, refused.kind());
        assertEquals("dated 2025-12, before 2026-01-06, the date of what it follows", refused.getMessage());
        assertDoesNotThrow(() -> Rules.requireNotBefore(EventDate.parse("2026-01-06"), EventDate.parse("2026-01")));
    }
}
