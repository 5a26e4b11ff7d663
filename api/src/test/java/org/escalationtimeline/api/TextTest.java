package org.escalationtimeline.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\tb", "a\nb", "a\rb", "a\u001bb", "a\u007fb", "a\u0085b", "a\u009fb"})
    void aControlCharacterIsRefusedNamingTheField(String text) {
        InvalidValue refused = assertThrows(InvalidValue.class, () -> Text.line("summary", text, 500));
        assertEquals("summary", refused.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\ud800b", "a\udc00b", "ab\ud800", "\udfffab"})
    void aLoneSurrogateIsRefusedNamingTheField(String text) {
        InvalidValue refused = assertThrows(InvalidValue.class, () -> Text.line("speaker", text, 200));
        assertEquals("speaker", refused.field());
    }

    @Test
    void printableUnicodeIsAcceptedAndStripped() {
        String text = "  Xi Jinping \u4e60\u8fd1\u5e73 \ud83c\uddef\ud83c\uddf5 caf\u00e9 \u2014 \u00a0ok ";
        assertEquals(text.strip(), Text.line("summary", text, 500));
    }

    @Test
    void aLineHasOneToMaxCharacters() {
        assertEquals("x".repeat(200), Text.line("name", "x".repeat(200), 200));
        assertEquals("name", assertThrows(InvalidValue.class, () -> Text.line("name", "x".repeat(201), 200)).field());
        assertEquals("name", assertThrows(InvalidValue.class, () -> Text.line("name", "  ", 200)).field());
        assertEquals("name", assertThrows(InvalidValue.class, () -> Text.line("name", null, 200)).field());
    }
}
