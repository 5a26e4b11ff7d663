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
        InvalidValue refused = assertThrows(InvalidValue.class, () -> new Source("Kyodo News", url, null));
        assertEquals("url", refused.field());
    }

    @Test
    void anAddressHasAtMost2000Characters() {
        String prefix = "https://example.org/";
        String longest = prefix + "a".repeat(Source.MAX_URL - prefix.length());
        assertEquals(longest, new Source("Example", longest, null).url());
        assertEquals("url", assertThrows(InvalidValue.class,
                () -> new Source("Example", longest + "a", null)).field());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aPublicationIsRequired(String publication) {
        assertEquals("publication", assertThrows(InvalidValue.class,
                () -> new Source(publication, null, null)).field());
    }

    @Test
    void aPublicationHasAtMost200Characters() {
        assertEquals(200, new Source("p".repeat(200), null, null).publication().length());
        assertEquals("publication", assertThrows(InvalidValue.class,
                () -> new Source("p".repeat(201), null, null)).field());
    }
}
