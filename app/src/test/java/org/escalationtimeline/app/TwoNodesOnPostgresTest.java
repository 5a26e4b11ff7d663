package org.escalationtimeline.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.PostgresTestDatabase;
import org.escalationtimeline.app.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the service on one PostgreSQL, as docker-compose deploys them: what one node
 * appends the other reads, and a rebuild started on one node stops, resets and restarts the
 * projection on both, then switches both to the rebuilt generation with no read changed.
 */
class TwoNodesOnPostgresTest {

    private static final String TOKEN = "two-nodes-token";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDirs;

    @Test
    void aWriteOnOneNodeIsReadOnTheOtherAndARebuildSwitchesBoth() throws Exception {
        PostgresTestDatabase db = PostgresTestDatabase.create();
        Map<String, String> postgres = Map.of("spring.profiles.active", "postgres", "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
                "timeline.api-token", TOKEN, "timeline.read-model.reconcile-ms", "200");
        try (ServiceProcess a = ServiceProcess.start(dataDirs.resolve("a"), with(postgres, "timeline.dataset.load", "true"));
             ServiceProcess b = ServiceProcess.start(dataDirs.resolve("b"), postgres)) {
            await(() -> events(b) >= 76, "node b reads the data set node a loaded");

            HttpTestClient.Reply written = post(b, "/api/actors", "{\"code\":\"NLD\",\"name\":\"Netherlands\",\"kind\":\"STATE\"}");
            assertThat(written.status()).isEqualTo(201);
            await(() -> get(a, "/api/actors/NLD").status() == 200, "node a reads the actor node b registered");

            String knownAt = Instant.now().toString();
            // The event list's next follows each node's projected prefix, which learns the other node's quiet segments
            // from their stored tokens: compare once both have passed the last write.
            long last = written.json().path("events").path(0).path("position").asLong();
            await(() -> next(a, knownAt) >= last && next(b, knownAt) >= last, "both nodes have projected the last write");
            await(() -> reads(a, knownAt).equals(reads(b, knownAt)), "both nodes answer alike");
            List<String> before = reads(a, knownAt);

            HttpTestClient.Reply started = post(a, "/api/admin/replay", "");
            assertThat(started.status()).isEqualTo(202);
            int rebuilt = started.json().path("generation").asInt();
            await(() -> {
                JsonNode progress = admin(b);
                return progress.path("status").asText().equals("IDLE")
                        && progress.path("liveGeneration").asInt() == rebuilt;
            }, "the rebuild ends and node b sees the switch");

            assertThat(reads(a, knownAt)).isEqualTo(before);
            assertThat(reads(b, knownAt)).isEqualTo(before);
        }
    }

    private static Map<String, String> with(Map<String, String> properties, String key, String value) {
        Map<String, String> more = new HashMap<>(properties);
        more.put(key, value);
        return more;
    }

    private static List<String> reads(ServiceProcess node, String knownAt) {
        List<String> bodies = new ArrayList<>();
        for (String path : List.of("/api/events?limit=1000&asOf=2026-12-31", "/api/stances?asOf=2026-01-10",
                "/api/timeline?pair=CHN-JPN&asOf=2026-01-31", "/api/actors?x=1")) {
            bodies.add(get(node, path + "&knownAt=" + knownAt).body());
        }
        return bodies;
    }

    private static long next(ServiceProcess node, String knownAt) {
        return get(node, "/api/events?limit=1000&asOf=2026-12-31&knownAt=" + knownAt).json().path("next").asLong();
    }

    private static int events(ServiceProcess node) {
        return get(node, "/api/events?limit=1000&asOf=2026-12-31").json().path("items").size();
    }

    private static JsonNode admin(ServiceProcess node) {
        return HttpTestClient.send(HttpRequest.newBuilder(node.uri("/api/admin/replay"))
                .header("Authorization", "Bearer " + TOKEN).GET().build()).json();
    }

    private static HttpTestClient.Reply get(ServiceProcess node, String path) {
        return HttpTestClient.send(HttpRequest.newBuilder(node.uri(path)).GET().build());
    }

    private static HttpTestClient.Reply post(ServiceProcess node, String path, String json) {
        URI uri = node.uri(path);
        return HttpTestClient.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
