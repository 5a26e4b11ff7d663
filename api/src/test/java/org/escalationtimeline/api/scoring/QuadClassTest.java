package org.escalationtimeline.api.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuadClassTest {

    @ParameterizedTest(name = "root {0} is {1} ({2})")
    @CsvSource({
            "01, VERBAL_COOPERATION, 1", "05, VERBAL_COOPERATION, 1",
            "06, MATERIAL_COOPERATION, 2", "08, MATERIAL_COOPERATION, 2",
            "09, VERBAL_CONFLICT, 3", "13, VERBAL_CONFLICT, 3",
            "14, MATERIAL_CONFLICT, 4", "20, MATERIAL_CONFLICT, 4",
            "03, VERBAL_COOPERATION, 1", "07, MATERIAL_COOPERATION, 2", "11, VERBAL_CONFLICT, 3",
            "16, MATERIAL_CONFLICT, 4"})
    void theRootDecidesTheClassAtEveryBoundary(String root, QuadClass expected, int number) {
        assertEquals(expected, QuadClass.ofRoot(root));
        assertEquals(number, QuadClass.ofRoot(root).number());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "21", "99", "-1"})
    void thereIsNoRootOutside01To20(String root) {
        assertThrows(IllegalArgumentException.class, () -> QuadClass.ofRoot(root));
    }
}
