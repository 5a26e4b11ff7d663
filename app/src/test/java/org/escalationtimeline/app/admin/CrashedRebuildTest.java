package org.escalationtimeline.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.escalationtimeline.app.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node killed ({@code kill -9}) in the middle of a rebuild leaves the read model REBUILDING with nobody driving it.
 * Its lease says so: the node, started again on the same data directory, abandons the orphaned rebuild (reads stay on
 * the live generation), accepts a new one, and that one switches reads with every answer as before.
 */
class CrashedRebuildTest {

    private static final String TOKEN = "crashed-rebuild-token";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void aRebuildCutShortByKill9IsAbandonedAndTheNextOneSwitchesReads() {
        // The killed node's claims on the projection's segments are free once older than the claim timeout.
        Map<String, String> node = Map.of("timeline.api-token", TOKEN, "timeline.dataset.load", "true",
                "timeline.read-model.claim-timeout", "3s");
        // The first run switches a caught-up rebuild only at a reconcile, 30 s apart: REBUILDING lasts long enough
        // to kill the node in it, whatever the machine's speed. Its lease outlives that interval.
        ServiceProcess first = ServiceProcess.start(dataDir, with(node, "timeline.read-model.reconcile-ms", "30000",
                "timeline.read-model.rebuild-lease", "60s"));
        String knownAt;
        List<String> before;
        int live;
        try {
            await().atMost(PATIENCE).until(() -> events(first) >= 76);
            knownAt = Instant.now().toString();
            before = reads(first, knownAt);
            live = admin(first).path("liveGeneration").asInt();

            Reply started = replay(first);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            await().atMost(PATIENCE).until(() -> admin(first).path("status").asText().equals("REBUILDING"));
            assertThat(first.kill()).isEqualTo(137);
        } finally {
            first.close();
        }

        try (ServiceProcess restarted = ServiceProcess.start(dataDir,
                with(node, "timeline.read-model.reconcile-ms", "200", "timeline.read-model.rebuild-lease", "60s"))) {
            Reply again = replay(restarted);
            assertThat(again.status()).as("a replay after the crash: " + again.body()).isEqualTo(202);
            JsonNode accepted = again.json();
            assertThat(accepted.path("liveGeneration").asInt()).isEqualTo(live);
            int rebuilt = accepted.path("generation").asInt();
            assertThat(rebuilt).isNotEqualTo(live);
            Instant startedAt = Instant.parse(accepted.path("startedAt").asText());

            await().atMost(PATIENCE).until(() -> RebuildProgress.switchedTo(admin(restarted), rebuilt, startedAt));
            assertThat(reads(restarted, knownAt)).isEqualTo(before);
        }
    }

    static Map<String, String> with(Map<String, String> properties, String... more) {
        Map<String, String> all = new HashMap<>(properties);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }

    /** Answers of every kind of read, at fixed cutoffs. */
    private static List<String> reads(ServiceProcess node, String knownAt) {
        HttpTestClient http = client(node);
        return Stream.of("/api/events?limit=1000&asOf=2026-12-31", "/api/stances?asOf=2015-06-30",
                        "/api/timeline?pair=CHN-USA&asOf=2026-01-31&granularity=YEAR",
                        "/api/measures/cn-dual-use-ban-2026?asOf=2026-01-31", "/api/actors")
                .map(path -> http.get(path + (path.contains("?") ? "&" : "?") + "knownAt=" + knownAt))
                .peek(reply -> assertThat(reply.status()).as(reply.body()).isEqualTo(200))
                .map(Reply::body)
                .toList();
    }

    private static int events(ServiceProcess node) {
        return client(node).get("/api/events?limit=1000&asOf=2026-12-31").json().path("items").size();
    }

    private static JsonNode admin(ServiceProcess node) {
        return client(node).get("/api/admin/replay", "Authorization", "Bearer " + TOKEN).json();
    }

    private static Reply replay(ServiceProcess node) {
        return client(node).post("/api/admin/replay", "");
    }

    private static HttpTestClient client(ServiceProcess node) {
        return new HttpTestClient(node.port(), TOKEN);
    }
}
