package org.escalationtimeline.api.scoring;

import org.escalationtimeline.api.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CameoTableTest {

    private final CameoTable table = CameoTable.standard();

    @Test
    void theTableHasEvery311Codes() {
        assertEquals(311, table.entries().size());
    }

    @Test
    void theTableKeepsGdeltsOrder() {
        assertEquals("01", table.entries().keySet().iterator().next());
        assertEquals("2042", table.entries().keySet().stream().reduce((first, second) -> second).orElseThrow());
    }

    @Test
    void codesAreStrings() {
        // 010 "Make statement" and 10 the root "DEMAND" are two codes.
        assertTrue(table.contains("010"));
        assertTrue(table.contains("10"));
        assertNotEquals(new CameoCode("010"), new CameoCode("10"));
        assertEquals(0.0, new CameoCode("010").entry().goldstein());
        assertEquals(-5.0, new CameoCode("10").entry().goldstein());
        assertEquals("Make statement, not specified below", new CameoCode("010").entry().label());
        assertEquals("DEMAND", new CameoCode("10").entry().label());
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "1312 | Threaten to boycott, embargo, or sanction | -5.8",
            "163  | Impose embargo, boycott, or sanctions      | -8.0",
            "057  | Sign formal agreement                      | 8.0",
            "130  | Threaten, not specified below              | -4.4",
            "13   | THREATEN                                   | -6.0",
            "041  | Discuss by telephone                       | 1.0",
            "173  | Arrest, detain, or charge with legal action | -5.0",
            "044  | Meet at a “third” location                 | 2.5",
            "204  | Use weapons of mass destruction, not specified below | -10.0",
            "0311 | Express intent to cooperate economically   | 5.2"})
    void labelsAndWeightsAreGdelts(String code, String label, double goldstein) {
        CameoTable.Entry entry = new CameoCode(code).entry();
        assertEquals(new CameoTable.Entry(code, label, goldstein), entry);
    }

    @Test
    void aSubCodeWeighsOnItsOwnNotAsItsRoot() {
        assertEquals(-4.4, Coding.standard("130").goldstein());
        assertEquals(-6.0, Coding.standard("13").goldstein());
    }

    @Test
    void everyEntryIsWellFormed() {
        assertAll(table.entries().entrySet().stream().map(e -> () -> {
            String code = e.getKey();
            CameoTable.Entry entry = e.getValue();
            assertEquals(code, entry.code());
            assertTrue(code.matches("\\d{2,4}"), code + " is two to four digits");
            assertFalse(entry.label().isBlank(), code + " has a label");
            assertTrue(entry.goldstein() >= -10.0 && entry.goldstein() <= 10.0, code + " weighs within [-10, 10]");
            assertTrue(table.contains(code.substring(0, 2)), code + "'s root is in the table");
            new CameoCode(code).quadClass();
        }));
    }

    @Test
    void everyRootFrom01To20IsInTheTable() {
        for (int root = 1; root <= 20; root++) {
            assertTrue(table.contains(String.format("%02d", root)), "root " + root);
        }
        Map<String, CameoTable.Entry> entries = table.entries();
        assertEquals(20, entries.keySet().stream().filter(code -> code.length() == 2).count());
    }

    @Test
    void theTableCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class,
                () -> table.entries().put("999", new CameoTable.Entry("999", "made up", 0.0)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"999", "1", "0", "00", "21", "2100", "16 3", "ABC", "01000"})
    void aCodeThatIsNotOfCameosFormIsRefused(String code) {
        assertEquals("cameo", assertThrows(InvalidValue.class, () -> new CameoCode(code)).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1319", "0100", "0199"})
    void aCodeOutsideTheTableIsRefusedToANewRecord(String code) {
        assertEquals("cameo", assertThrows(InvalidValue.class,
                () -> new CodingOverride(new CameoCode(code), null)).field());
    }

    @Test
    void aStoredCodeOutsideTodaysTableReadsAsUnknownWithItsRootsClass() {
        CameoCode stored = new CameoCode("1319");

        assertEquals(CameoTable.UNKNOWN_LABEL, stored.entry().label());
        assertEquals("1319", stored.entry().code());
        assertEquals(table.entry(new CameoCode("13")).goldstein(), stored.entry().goldstein());
        assertEquals(QuadClass.VERBAL_CONFLICT, stored.quadClass());
    }

    @ParameterizedTest(name = "{0}: root {1}, class {2}")
    @CsvSource({"1312, 13, VERBAL_CONFLICT", "163, 16, MATERIAL_CONFLICT", "057, 05, VERBAL_COOPERATION",
            "081, 08, MATERIAL_COOPERATION", "010, 01, VERBAL_COOPERATION", "10, 10, VERBAL_CONFLICT",
            "090, 09, VERBAL_CONFLICT", "2042, 20, MATERIAL_CONFLICT"})
    void aCodesRootGivesItsQuadClass(String code, String root, QuadClass quadClass) {
        CameoCode cameo = CameoCode.of(code);
        assertEquals(root, cameo.root());
        assertEquals(quadClass, cameo.quadClass());
        assertEquals(quadClass, Coding.standard(cameo).quadClass());
        assertEquals(code, cameo.toString());
    }
}
