package org.escalationtimeline.api.value;

import org.escalationtimeline.api.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://english.kyodonews.net/news/2026/01/abc.html", "http://www.xinhuanet.com/english/",
            "HTTPS://WWW.MOFA.GO.JP/press/", "https://example.org:8443/a?b=c#d"})
    void aSourceMayGiveAWebAddress(String url) {
        Source source = new Source("Kyodo News", url, LocalDate.parse("2026-01-07"));
        assertEquals(url, source.url());
    }

    @Test
    void theAddressAndTheDateAreOptional() {
        Source source = new Source("Nikkei Asia", null, null);
        assertNull(source.url());
        assertNull(source.publishedOn());
    }

    @Test
    void thePublicationAndTheAddressAreStripped() {
        Source source = new Source("  Reuters ", " https://www.reuters.com/world/ ", null);
        assertEquals("Reuters", source.publication());
        assertEquals("https://www.reuters.com/world/", source.url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/file", "mailto:press@mofa.go.jp", "www.reuters.com/world",
            "/news/2026/01/abc.html", "https://", "javascript:alert(1)", "http://exa mple.org/", "file:///etc/passwd", ""})
    void anAddressMustBeAnAbsoluteHttpOrHttpsUrl(String url) {
        InvalidValue refused = assertThrows(InvalidValue.class,
                () -> new Source("Kyodo News", url, null).checkedAt("sources[0]"));
        assertEquals("sources[0].url", refused.field());
    }

    @Test
    void anAddressHasAtMost2000Characters() {
        String prefix = "https://example.org/";
        String longest = prefix + "a".repeat(Source.MAX_URL - prefix.length());
        assertEquals(longest, new Source("Example", longest, null).checkedAt("sources[0]").url());
        assertEquals("sources[0].url", assertThrows(InvalidValue.class,
                () -> new Source("Example", longest + "a", null).checkedAt("sources[0]")).field());
    }

    @Test
    void aSourceNeedsItsPublication() {
        assertEquals("publication", assertThrows(InvalidValue.class, () -> new Source(null, null, null)).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Kyodo\u0000", "Kyodo\tNews", "Kyodo \ud800"})
    void aCommandsSourceNamesItsPublicationOnOneLine(String publication) {
        assertEquals("sources[2].publication", assertThrows(InvalidValue.class,
                () -> new Source(publication, null, null).checkedAt("sources[2]")).field());
    }

    @Test
    void aPublicationHasAtMost200Characters() {
        assertEquals(200, new Source("p".repeat(200), null, null).checkedAt("sources[0]").publication().length());
        assertEquals("sources[0].publication", assertThrows(InvalidValue.class,
                () -> new Source("p".repeat(201), null, null).checkedAt("sources[0]")).field());
    }

    @Test
    void aCommandsSourceWasPublishedWithinTheWorldDates() {
        assertEquals(WorldDates.FIRST, new Source("Kyodo", null, WorldDates.FIRST).checkedAt("sources[0]").publishedOn());
        assertEquals("sources[0].publishedOn", assertThrows(InvalidValue.class,
                () -> new Source("Kyodo", null, LocalDate.parse("1799-12-31")).checkedAt("sources[0]")).field());
        assertEquals("sources[0].publishedOn", assertThrows(InvalidValue.class,
                () -> new Source("Kyodo", null, LocalDate.parse("2101-01-01")).checkedAt("sources[0]")).field());
    }

    @Test
    void aStoredSourceBeyondTodaysLimitsStillReads() {
        Source stored = new Source("p".repeat(300), "ftp://example.org/file", LocalDate.parse("1700-01-01"));
        assertEquals(300, stored.publication().length());
    }
}
