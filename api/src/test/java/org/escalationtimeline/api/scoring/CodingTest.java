package org.escalationtimeline.api.scoring;

import org.escalationtimeline.api.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CodingTest {

    private static final CameoCode EMBARGO = new CameoCode("163");

    @Test
    void withoutOverrideTheDefaultCodeWeighsItsTableWeight() {
        assertEquals(new Coding(EMBARGO, -8.0), Coding.of(EMBARGO, null));
        assertEquals(new Coding(EMBARGO, -8.0), Coding.standard("163"));
    }

    @Test
    void aCodeOverrideTakesThatCodesTableWeight() {
        assertEquals(new Coding(new CameoCode("172"), -5.0),
                Coding.of(EMBARGO, new CodingOverride(new CameoCode("172"), null)));
        assertEquals(new Coding(new CameoCode("010"), 0.0),
                Coding.of(EMBARGO, new CodingOverride(new CameoCode("010"), null)));
    }

    @Test
    void aWeightOverrideKeepsTheDefaultCode() {
        assertEquals(new Coding(EMBARGO, -9.5), Coding.of(EMBARGO, new CodingOverride(null, -9.5)));
    }

    @Test
    void bothMayBeOverridden() {
        assertEquals(new Coding(new CameoCode("057"), 6.0),
                Coding.of(EMBARGO, new CodingOverride(new CameoCode("057"), 6.0)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-10.0, -0.1, 0.0, 3.4, 10.0})
    void aWeightMayLieAnywhereWithinMinusTenToTen(double weight) {
        assertEquals(weight, Coding.of(EMBARGO, new CodingOverride(null, weight)).goldstein());
        assertEquals(weight, new Coding(EMBARGO, weight).goldstein());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-10.01, 10.01, -11, 100, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aClientsWeightOutsideMinusTenToTenIsRefused(double weight) {
        assertEquals("goldstein", assertThrows(InvalidValue.class, () -> new CodingOverride(null, weight)).field());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aCodingsWeightIsANumber(double weight) {
        assertEquals("goldstein", assertThrows(InvalidValue.class, () -> new Coding(EMBARGO, weight)).field());
    }

    @Test
    void aStoredWeightOffTodaysScaleStillReads() {
        assertEquals(-12.5, new Coding(EMBARGO, -12.5).goldstein());
    }

    @Test
    void aCodingNeedsItsCode() {
        assertEquals("cameo", assertThrows(InvalidValue.class, () -> new Coding(null, 0.0)).field());
    }

    @Test
    void noOverrideHasOneRepresentation() {
        assertNull(CodingOverride.ofNullable(null, null));
        assertEquals(new CodingOverride(null, 1.0), CodingOverride.ofNullable(null, 1.0));
        assertEquals(new CodingOverride(EMBARGO, null), CodingOverride.ofNullable(EMBARGO, null));
    }
}
