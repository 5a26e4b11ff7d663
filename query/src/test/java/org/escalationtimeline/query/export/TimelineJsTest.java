package org.escalationtimeline.query.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.api.value.Source;
import org.escalationtimeline.query.read.Cutoff;
import org.escalationtimeline.query.view.Episode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.query.export.Entries.CHN;
import static org.escalationtimeline.query.export.Entries.JPN;
import static org.escalationtimeline.query.export.Entries.USA;
import static org.escalationtimeline.query.export.Entries.call;
import static org.escalationtimeline.query.export.Entries.corrected;
import static org.escalationtimeline.query.export.Entries.entry;
import static org.escalationtimeline.query.export.Entries.id;
import static org.escalationtimeline.query.export.Entries.measure;
import static org.escalationtimeline.query.export.Entries.with;

/** The TimelineJS document of a pair, built from plain objects and written as JSON. */
class TimelineJsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ActorPair PAIR = ActorPair.parse("JPN-CHN");
    static final Cutoff CUTOFF = new Cutoff(LocalDate.parse("2026-01-10"), Instant.parse("2026-01-11T00:00:00Z"));
    static final Map<org.escalationtimeline.api.value.ActorCode, String> NAMES = Map.of(CHN, "China", JPN, "Japan");

    static final EventEntry DAY = measure(3, "2010-09-07", CHN, JPN);
    static final EventEntry MONTH = entry(2, "StatementMade", "statement", "2010-09-01", DatePrecision.MONTH, JPN, CHN);
    static final EventEntry YEAR = entry(1, "ProtestLodged", "protest", "2010-01-01", DatePrecision.YEAR, JPN, CHN);
    static final Episode CLOSED = new Episode(YearMonth.parse("2010-09"), YearMonth.parse("2010-12"),
            YearMonth.parse("2010-09"), 12.5, id(3), false);
    static final Episode ONGOING = new Episode(YearMonth.parse("2025-11"), YearMonth.parse("2026-01"),
            YearMonth.parse("2026-01"), 65.15, id(4), true);

    static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }

    static TimelineJsDocument document(List<EventEntry> events, List<Episode> episodes, TimelineJs.Grouping grouping) {
        return TimelineJs.document(PAIR, NAMES, CUTOFF, events, episodes, grouping);
    }

    @Test
    void theDocumentHasATitleSlideEventsAndErasAndNothingNull() {
        JsonNode document = json(document(List.of(DAY, MONTH, YEAR), List.of(CLOSED, ONGOING),
                TimelineJs.Grouping.TYPE));

        assertThat(document.fieldNames()).toIterable().containsExactly("title", "events", "eras");
        assertThat(document.path("title").fieldNames()).toIterable().containsExactly("text");
        assertThat(document.path("title").path("text").path("headline").asText()).isEqualTo("China – Japan");
        assertThat(document.path("title").path("text").path("text").asText())
                .isEqualTo("<p>Developments between China (CHN) and Japan (JPN) and their escalation episodes (runs of"
                        + " months with tension of at least 8.0), as of 2026-01-10, as known at 2026-01-11T00:00:00Z:"
                        + " 3 developments and 2 escalation episodes.</p>");
        assertThat(document.path("events")).hasSize(3);
        assertThat(document.path("eras")).hasSize(2);
        assertThat(document.toString()).doesNotContain("null");
    }

    @Test
    void slidesAreInTheWorldsOrderAndDatedAsPreciselyAsTheirDevelopment() {
        JsonNode events = json(document(List.of(DAY, MONTH, YEAR), List.of(), TimelineJs.Grouping.TYPE)).path("events");

        assertThat(events).extracting(e -> e.path("unique_id").asText())
                .containsExactly(id(1).toString(), id(2).toString(), id(3).toString());
        assertThat(events.get(0).path("start_date").toString()).isEqualTo("{\"year\":2010}");
        assertThat(events.get(1).path("start_date").toString()).isEqualTo("{\"year\":2010,\"month\":9}");
        assertThat(events.get(2).path("start_date").toString()).isEqualTo("{\"year\":2010,\"month\":9,\"day\":7}");
    }

    @Test
    void developmentsOfOneDateAreInPositionOrder() {
        EventEntry later = measure(9, "2010-09-07", JPN, CHN);
        EventEntry earlier = measure(8, "2010-09-07", CHN, JPN);

        JsonNode events = json(document(List.of(later, earlier), List.of(), TimelineJs.Grouping.TYPE)).path("events");

        assertThat(events).extracting(e -> e.path("unique_id").asText())
                .containsExactly(id(8).toString(), id(9).toString());
    }

    @Test
    void aSlideCarriesItsGroupItsTextItsSourcesAndItsColour() {
        JsonNode slide = json(TimelineJs.slide(DAY, TimelineJs.Grouping.TYPE));

        assertThat(slide.fieldNames()).toIterable()
                .containsExactly("start_date", "text", "group", "background", "unique_id");
        assertThat(slide.path("group").asText()).isEqualTo("Measure");
        assertThat(slide.path("text").path("headline").asText()).isEqualTo("Development 3");
        assertThat(slide.path("text").path("text").asText()).isEqualTo("<p>CHN → JPN · Measure announced · CAMEO 163"
                + " Impose embargo, boycott, or sanctions · Goldstein -8.0</p><p>Sources: <a"
                + " href=\"https://english.kyodonews.net/news/3\" target=\"_blank\" rel=\"noopener noreferrer\">Kyodo"
                + " News</a>, 2026-01-07</p>");
        assertThat(slide.path("background").path("color").asText()).isEqualTo(TimelineJs.CONFLICT_COLOR);
        assertThat(json(TimelineJs.slide(DAY, TimelineJs.Grouping.ACTOR)).path("group").asText()).isEqualTo("CHN");
    }

    @Test
    void cooperationIsGreenAWeightOfZeroHasNoBackgroundACallJoinsItsParticipants() {
        JsonNode talks = json(TimelineJs.slide(call(5, "2025-11-25", JPN, USA, CHN), TimelineJs.Grouping.TYPE));
        assertThat(talks.path("background").path("color").asText()).isEqualTo(TimelineJs.COOPERATION_COLOR);
        assertThat(talks.path("group").asText()).isEqualTo("Call");
        assertThat(talks.path("text").path("text").asText()).startsWith("<p>JPN ↔ USA ↔ CHN · Call held · CAMEO 041");

        EventEntry neutral = with(MONTH, new EventEntry.Cameo("010", "Make statement", 1), 0.0);
        assertThat(json(TimelineJs.slide(neutral, TimelineJs.Grouping.TYPE)).has("background")).isFalse();
    }

    @Test
    void whatClientsWroteIsEscapedAsHtml() {
        EventEntry hostile = with(DAY, "<img src=x onerror=alert(1)> & \"quoted\"",
                List.of(new Source("A <b>bold</b> paper", "https://example.org/?a=1&b=2", null),
                        new Source("No link", null, LocalDate.parse("2026-01-08"))));

        JsonNode text = json(TimelineJs.slide(hostile, TimelineJs.Grouping.TYPE)).path("text");

        assertThat(text.path("headline").asText()).isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp; \"quoted\"");
        assertThat(text.path("text").asText()).contains("<p>Sources: <a href=\"https://example.org/?a=1&amp;b=2\""
                + " target=\"_blank\" rel=\"noopener noreferrer\">A &lt;b&gt;bold&lt;/b&gt; paper</a>; No link, 2026-01-08</p>");
    }

    @Test
    void aCorrectedRecordSaysWhen() {
        EventEntry fixed = corrected(DAY, Instant.parse("2026-01-09T10:00:00Z"));

        assertThat(json(TimelineJs.slide(fixed, TimelineJs.Grouping.TYPE)).path("text").path("text").asText())
                .endsWith("<p>Corrected at 2026-01-09T10:00:00Z.</p>");
    }

    @Test
    void anEraSpansItsEpisodeFromItsFirstMonthToTheEndOfItsLast() {
        JsonNode era = json(TimelineJs.era(CLOSED, CUTOFF.asOf()));

        assertThat(era.fieldNames()).toIterable().containsExactly("start_date", "end_date", "text");
        assertThat(era.path("start_date").toString()).isEqualTo("{\"year\":2010,\"month\":9,\"day\":1}");
        assertThat(era.path("end_date").toString()).isEqualTo("{\"year\":2010,\"month\":12,\"day\":31}");
        assertThat(era.path("text").toString())
                .isEqualTo("{\"headline\":\"Escalation 2010-09 to 2010-12: peak 12.5 in 2010-09\"}");
    }

    @Test
    void anEpisodeStillGoingOnEndsAtAsOf() {
        JsonNode era = json(TimelineJs.era(ONGOING, CUTOFF.asOf()));

        assertThat(era.path("start_date").toString()).isEqualTo("{\"year\":2025,\"month\":11,\"day\":1}");
        assertThat(era.path("end_date").toString()).isEqualTo("{\"year\":2026,\"month\":1,\"day\":10}");
        assertThat(era.path("text").path("headline").asText()).isEqualTo("Escalation 2025-11, ongoing: peak 65.15 in 2026-01");
    }

    @Test
    void theErasAreTheEpisodesInOrder() {
        JsonNode eras = json(document(List.of(), List.of(CLOSED, ONGOING), TimelineJs.Grouping.TYPE)).path("eras");

        assertThat(eras).extracting(era -> era.path("start_date").path("year").asInt() + "-"
                + era.path("start_date").path("month").asInt()).containsExactly("2010-9", "2025-11");
    }

    @Test
    void eventTypesReadAsWords() {
        assertThat(TimelineJs.label("MeasureAnnounced")).isEqualTo("Measure announced");
        assertThat(TimelineJs.label("RetractionDemanded")).isEqualTo("Retraction demanded");
        assertThat(TimelineJs.label("CallHeld")).isEqualTo("Call held");
    }
}
