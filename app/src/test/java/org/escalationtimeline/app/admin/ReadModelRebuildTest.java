package org.escalationtimeline.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild fills the other generation of the read model from the event store while reads keep
 * answering from the live one, then switches: every read answers byte for byte as before.
 */
class ReadModelRebuildTest extends LoadedServiceTestBase {

    @Test
    void aRebuildLeavesEveryReadAnsweringByteForByteAsBefore() throws Exception {
        awaitDataSet();
        String knownAt = Instant.now().toString();
        Map<String, String> before = settledReads(knownAt);
        assertThat(before.values()).allSatisfy(body -> assertThat(body).isNotBlank());

        int liveBefore = json(admin("GET")).path("liveGeneration").asInt();
        HttpResponse<String> started = admin("POST");
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(started.headers().firstValue("Location")).hasValue("/api/admin/replay");
        JsonNode progress = json(started);
        assertThat(progress.path("status").asText()).isIn("RESETTING", "REBUILDING");
        assertThat(progress.path("generation").asInt()).isNotEqualTo(liveBefore);
        assertThat(progress.path("eventsTotal").asLong()).isGreaterThanOrEqualTo(DEVELOPMENTS_IN_DATA_SET);

        // While it runs, reads answer from the live generation as before, and a second rebuild waits its turn.
        // The data set is small enough for the first to be over already: then the second runs too,
        // and switches reads back to the generation they started on.
        assertThat(reads(knownAt)).isEqualTo(before);
        HttpResponse<String> second = admin("POST");
        int expectedLive = progress.path("generation").asInt();
        String lastStart = progress.path("startedAt").asText();
        if (second.statusCode() == 202) {
            expectedLive = liveBefore;
            lastStart = json(second).path("startedAt").asText();
        } else {
            assertThat(second.statusCode()).isEqualTo(409);
            assertThat(json(second).path("rule").asText()).isEqualTo("one-rebuild-at-a-time");
        }

        JsonNode finished = awaitIdle(expectedLive, Instant.parse(lastStart));
        assertThat(finished.path("eventsDone").asLong()).isEqualTo(finished.path("eventsTotal").asLong());
        assertThat(finished.path("eventsPerSecond").asDouble()).isPositive();
        assertThat(finished.path("finishedAt").asText()).isNotEmpty();

        assertThat(reads(knownAt)).isEqualTo(before);
    }

    @Test
    void theRebuildNeedsTheWriteToken() {
        HttpResponse<String> anonymous = post("/api/admin/replay", "", false);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(get("/api/admin/replay").statusCode()).isEqualTo(401);
    }

    private JsonNode awaitIdle(int expectedLive, Instant startedAt) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode progress = json(admin("GET"));
            if (progress.path("status").asText().equals("IDLE") && progress.path("liveGeneration").asInt() == expectedLive
                    && !progress.path("finishedAt").isNull()
                    && !Instant.parse(progress.path("finishedAt").asText()).isBefore(startedAt)) {
                return progress;
            }
            assertThat(System.nanoTime()).as("the rebuild finishes within 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /**
     * The reads once the projection has caught up with everything recorded by knownAt (another
     * test of this context may have written just before): two rounds in a row agree.
     */
    private Map<String, String> settledReads(String knownAt) throws InterruptedException {
        Map<String, String> previous = reads(knownAt);
        while (true) {
            Thread.sleep(300);
            Map<String, String> current = reads(knownAt);
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
    }

    /** Every kind of read, at fixed cutoffs so that "now" does not differ between the two rounds. */
    private Map<String, String> reads(String knownAt) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/events?limit=1000&asOf=2026-12-31",
                "/api/events?actor=JPN&from=2025-11-01&to=2026-01-31&limit=7&asOf=2026-12-31",
                "/api/stances?asOf=2026-01-10", "/api/stances?asOf=2010-10-01", "/api/stances?asOf=2015-06-30",
                "/api/timeline?pair=CHN-JPN&asOf=2026-01-31", "/api/timeline?pair=CHN-USA&asOf=2026-01-31&granularity=YEAR",
                "/api/measures/cn-dual-use-ban-2026?asOf=2026-01-31", "/api/actors")) {
            HttpResponse<String> response = get(path + (path.contains("?") ? "&" : "?") + "knownAt=" + knownAt);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            bodies.put(path, response.body());
        }
        return bodies;
    }
}
