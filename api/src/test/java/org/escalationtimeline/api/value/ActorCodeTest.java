package org.escalationtimeline.api.value;

import org.escalationtimeline.api.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"CHN", "JPN", "USA", "KOR", "TWN", "NLD", "EU", "G7", "WTO", "APEC", "WORLD", "ABCDEFGHIJ"})
    void statesBlocsAndOrganisationsAreActorCodes(String code) {
        assertEquals(code, new ActorCode(code).value());
        assertEquals(code, ActorCode.of(code).toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"C", "chn", "Chn", "7G", "ABCDEFGHIJK", "CH N", "CH-N", " CHN", "CHN ", "ÄGY"})
    void anythingElseIsRefusedNamingTheField(String code) {
        InvalidValue refused = assertThrows(InvalidValue.class, () -> new ActorCode(code));
        assertEquals("actor", refused.field());
    }

    @Test
    void codesAreEqualByValueAndOrderedAlphabetically() {
        assertEquals(ActorCode.of("JPN"), new ActorCode("JPN"));
        assertTrue(ActorCode.of("CHN").compareTo(ActorCode.of("JPN")) < 0);
    }
}
