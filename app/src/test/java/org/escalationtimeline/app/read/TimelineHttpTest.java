package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * GET /api/timeline over HTTP, on a pair of its own (A, B):
 * <pre>
 * E1 MeasureAnnounced A→B EXPORT_BAN 2025-12-01 (−8.0, QuadClass 4)
 * E2 StatementMade B→A HOSTILE       2026-01-15 (−2.0, QuadClass 3)
 * E3 CallHeld A, B                   2026-02-10 (+1.0, QuadClass 1)
 * </pre>
 * By month: 2025-12 T = 8.0; 2026-01 T = 0.75 × 8 + 2 = 8.0; 2026-02 T = 0.75 × 8 − 0.5 × 1 = 5.5;
 * 2026-03 T = 4.125. One episode, 2025-12 to 2026-01, peak 2025-12 (the first month at 8.0).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineHttpTest extends ReadHttpTestBase {

    String a;
    String b;
    String pair;
    Appended e1;
    Instant written;

    @BeforeAll
    void writeTheScenario() {
        a = freshActor();
        b = freshActor();
        pair = a + "-" + b;
        e1 = write("/api/measures", measure(id("ban"), a, List.of(b), "2025-12-01", a + " bans exports"));
        Appended e2 = write("/api/statements", statement(id("statement"), b, a, "HOSTILE", "2026-01-15"));
        Appended e3 = write("/api/calls", call(id("call"), "2026-02-10", a, b));
        written = Instant.now();
        awaitEvents("pair=" + pair, e1.eventId(), e2.eventId(), e3.eventId());
    }

    JsonNode timeline(String query) {
        Reply reply = get("/api/timeline?pair=" + pair + "&" + query);
        assertThat(reply.status()).as("GET /api/timeline?%s -> %s", query, reply).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        return reply.json();
    }

    static JsonNode point(String period, double tension, double conflict, double cooperation, int events,
                          int... quadClasses) {
        return obj("period", period, "tension", tension, "conflict", conflict, "cooperation", cooperation,
                "events", events, "quadClasses", quadClasses);
    }

    @Test
    void theBodyHasTheFieldsOfAppendixAAndTheNumbersOfTheRecurrence() {
        JsonNode body = timeline("from=2025-11&to=2026-03&asOf=2026-03-31&knownAt=" + q(written));
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("pair", "granularity", "from", "to", "asOf", "knownAt",
                "points", "episodes");
        // The pair as its two codes in alphabetical order, whichever order the request named them in.
        assertThat(body.get("pair").asText()).isEqualTo(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
        assertThat(body.get("granularity").asText()).isEqualTo("MONTH");
        assertThat(body.get("from").asText()).isEqualTo("2025-11");
        assertThat(body.get("to").asText()).isEqualTo("2026-03");
        assertThat(body.get("asOf").asText()).isEqualTo("2026-03-31");
        assertThat(Instant.parse(body.get("knownAt").asText())).isEqualTo(written);

        body.get("points").forEach(p -> assertThat(fieldNames(p)).containsExactlyInAnyOrder("period", "tension",
                "conflict", "cooperation", "events", "quadClasses"));
        assertThat(body.get("points")).containsExactly(
                point("2025-11", 0.0, 0.0, 0.0, 0, 0, 0, 0, 0),
                point("2025-12", 8.0, 8.0, 0.0, 1, 0, 0, 0, 1),
                point("2026-01", 8.0, 2.0, 0.0, 1, 0, 0, 1, 0),
                point("2026-02", 5.5, 0.0, 1.0, 1, 1, 0, 0, 0),
                point("2026-03", 4.125, 0.0, 0.0, 0, 0, 0, 0, 0));

        assertThat(body.get("episodes")).hasSize(1);
        JsonNode episode = body.get("episodes").get(0);
        // Appendix A's five fields, and whether the episode is still going on at "to".
        assertThat(fieldNames(episode)).containsExactlyInAnyOrder("start", "end", "peak", "peakTension", "openedBy",
                "open");
        assertThat(episode).isEqualTo(obj("start", "2025-12", "end", "2026-01", "peak", "2025-12",
                "peakTension", 8.0, "openedBy", e1.eventId().toString(), "open", false));
    }

    @Test
    void theOrderOfThePairDoesNotMatter() {
        JsonNode forward = timeline("from=2025-11&to=2026-03&asOf=2026-03-31&knownAt=" + q(written));
        Reply reply = get("/api/timeline?pair=" + b + "-" + a + "&from=2025-11&to=2026-03&asOf=2026-03-31&knownAt="
                + q(written));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(forward);
    }

    @Test
    void byQuarter() {
        JsonNode body = timeline("from=2025-10&to=2026-03&granularity=QUARTER&asOf=2026-03-31");
        assertThat(body.get("granularity").asText()).isEqualTo("QUARTER");
        assertThat(body.get("points")).containsExactly(
                point("2025-Q4", 8.0, 8.0, 0.0, 1, 0, 0, 0, 1),
                point("2026-Q1", 4.125, 2.0, 1.0, 2, 1, 0, 1, 0));
    }

    @Test
    void byYearInAnyCase() {
        JsonNode body = timeline("from=2025-10&to=2026-03&granularity=year&asOf=2026-03-31");
        assertThat(body.get("granularity").asText()).isEqualTo("YEAR");
        assertThat(body.get("points")).containsExactly(
                point("2025", 8.0, 8.0, 0.0, 1, 0, 0, 0, 1),
                point("2026", 4.125, 2.0, 1.0, 2, 1, 0, 1, 0));
    }

    @Test
    void asOfStopsTheSeriesAtItsMonthAndLeavesOutWhatCameLater() {
        JsonNode body = timeline("from=2025-11&to=2026-12&asOf=2026-01-14");
        assertThat(body.get("to").asText()).isEqualTo("2026-01");
        // The statement of 01-15 is after asOf: January is 0.75 × 8 = 6.0, and the episode is December alone.
        assertThat(body.get("points")).containsExactly(
                point("2025-11", 0.0, 0.0, 0.0, 0, 0, 0, 0, 0),
                point("2025-12", 8.0, 8.0, 0.0, 1, 0, 0, 0, 1),
                point("2026-01", 6.0, 0.0, 0.0, 0, 0, 0, 0, 0));
        assertThat(body.get("episodes")).containsExactly(obj("start", "2025-12", "end", "2025-12", "peak", "2025-12",
                "peakTension", 8.0, "openedBy", e1.eventId().toString(), "open", false));
    }

    @Test
    void knownBeforeTheWritesItIsFlat() {
        JsonNode body = timeline("from=2025-11&to=2026-03&asOf=2026-03-31&knownAt="
                + q(e1.recordedAt().minusMillis(1)));
        body.get("points").forEach(p -> assertThat(p.get("tension").asDouble()).isZero());
        assertThat(body.get("episodes")).isEmpty();
    }

    @Test
    void byDefaultItRunsMonthlyFrom2010ToTheMonthOfToday() {
        JsonNode body = timeline("knownAt=" + q(written));
        YearMonth today = YearMonth.from(LocalDate.now(ZoneOffset.UTC));
        YearMonth last = today.isAfter(YearMonth.of(2026, 12)) ? YearMonth.of(2026, 12) : today;
        assertThat(body.get("granularity").asText()).isEqualTo("MONTH");
        assertThat(body.get("from").asText()).isEqualTo("2010-01");
        assertThat(body.get("to").asText()).isEqualTo(last.toString());
        assertThat(body.get("points")).hasSize((int) ChronoUnit.MONTHS.between(YearMonth.of(2010, 1), last) + 1);
        assertThat(body.get("points").get(0).get("period").asText()).isEqualTo("2010-01");
        assertThat(body.get("episodes")).hasSize(1);
    }
}
