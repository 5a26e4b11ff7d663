package org.escalationtimeline.api;

import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportTest {

    private static final UUID EVENT_ID = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static final EventDate DATE = EventDate.parse("2026-01-06");
    private static final Source SOURCE = new Source("Kyodo News", "https://english.kyodonews.net/news/1", null);

    private static Report report(String summary, List<Source> sources) {
        return new Report(EVENT_ID, DATE, summary, sources, null);
    }

    private static List<Source> sources(int count) {
        return new ArrayList<>(Collections.nCopies(count, SOURCE));
    }

    @Test
    void aSummaryIsStripped() {
        assertEquals("China bans dual-use exports to Japan", report("  China bans dual-use exports to Japan \n", null)
                .summary());
    }

    @Test
    void aSummaryHasOneTo500Characters() {
        assertEquals(1, report("x", null).summary().length());
        assertEquals(500, report("x".repeat(500), null).summary().length());
        assertEquals("summary", assertThrows(InvalidValue.class, () -> report("x".repeat(501), null)).field());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aSummaryIsRequired(String summary) {
        assertEquals("summary", assertThrows(InvalidValue.class, () -> report(summary, null)).field());
    }

    @Test
    void noSourcesAreAnEmptyList() {
        assertEquals(List.of(), report("summary", null).sources());
        assertEquals(List.of(), report("summary", new ArrayList<>()).sources());
    }

    @Test
    void aReportHasAtMostTenSources() {
        assertEquals(10, report("summary", sources(10)).sources().size());
        assertEquals("sources", assertThrows(InvalidValue.class, () -> report("summary", sources(11))).field());
    }

    @Test
    void aSourceMayNotBeNull() {
        assertEquals("sources", assertThrows(InvalidValue.class,
                () -> report("summary", Arrays.asList(SOURCE, null))).field());
    }

    @Test
    void aReportAcceptsAnImmutableListOfSources() {
        // List.of(...).contains(null) throws a NullPointerException rather than answering false.
        assertDoesNotThrow(() -> report("summary", List.of(SOURCE)));
        assertEquals(List.of(SOURCE, SOURCE), report("summary", List.of(SOURCE, SOURCE)).sources());
    }

    @Test
    void theSourcesAreCopied() {
        List<Source> sources = sources(1);
        Report report = report("summary", sources);
        sources.add(SOURCE);
        assertEquals(1, report.sources().size());
    }

    @Test
    void theEventIdAndTheDateAreRequired() {
        assertEquals("eventId", assertThrows(InvalidValue.class,
                () -> new Report(null, DATE, "summary", null, null)).field());
        assertEquals("date", assertThrows(InvalidValue.class,
                () -> new Report(EVENT_ID, null, "summary", null, null)).field());
    }
}
