package org.escalationtimeline.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.escalationtimeline.app.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An acknowledged write survives the process: developments appended over HTTP to the embedded
 * H2 store are all there after {@code kill -9} of the JVM right after the last answer, both to
 * the write side (a repeated create is answered as before) and to the read side (the event list).
 */
class AppendedOverHttpSurvivesKillTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void everyAcknowledgedEventIsThereAfterAKillAndARestart() throws Exception {
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("/api/actors", "{\"code\":\"CHN\",\"name\":\"China\",\"kind\":\"STATE\"}");
        writes.put("/api/actors#2", "{\"code\":\"JPN\",\"name\":\"Japan\",\"kind\":\"STATE\"}");
        writes.put("/api/measures", """
                {"id":"cn-dual-use-ban-2026","actor":"CHN","targets":["JPN"],"kind":"EXPORT_BAN",
                 "items":["dual-use items for military end use"],"date":"2026-01-06",
                 "summary":"China bans exports of dual-use items to Japanese military end users"}""");
        writes.put("/api/protests", """
                {"id":"jp-protest-dual-use-ban","actor":"JPN","against":"CHN","forum":"DIPLOMATIC",
                 "about":{"measure":"cn-dual-use-ban-2026"},"date":"2026-01-07","summary":"Japan protests the ban"}""");
        writes.put("/api/protests/jp-protest-dual-use-ban/responses", """
                {"by":"CHN","response":"REJECTED","date":"2026-01-08","summary":"China rejects the protest"}""");
        writes.put("/api/measures/cn-dual-use-ban-2026/tighten", """
                {"items":["rare-earth magnets"],"date":"2026-01-09","summary":"The ban is widened"}""");

        Set<String> acknowledged = new TreeSet<>();
        List<String> firstAnswers = new ArrayList<>();
        ServiceProcess service = ServiceProcess.start(dataDir);
        String token = Files.readString(dataDir.resolve("api-token")).strip();
        for (Map.Entry<String, String> write : writes.entrySet()) {
            HttpResponse<String> answer = post(service.uri(write.getKey().replaceAll("#.*", "")), token, write.getValue());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            firstAnswers.add(answer.body());
            acknowledged.add(JSON.readTree(answer.body()).path("events").get(0).path("eventId").asText());
        }
        assertThat(service.kill()).isEqualTo(137);

        try (ServiceProcess restarted = service.startAgain()) {
            HttpResponse<String> repeated = post(restarted.uri("/api/measures"), token, writes.get("/api/measures"));
            assertThat(repeated.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(repeated.body())).isEqualTo(JSON.readTree(firstAnswers.get(2)));
            assertThat(listedEventsAndRegistrations(restarted)).containsAll(acknowledged);
        }
    }

    /**
     * Writes that share a group commit ({@code GroupCommit}) are each acknowledged only once the group is in the file:
     * eight clients write at once, the service is killed while they do, and every write answered before the kill is
     * in the store.
     */
    @Test
    void everyWriteAcknowledgedByAGroupCommitIsInTheStoreAfterAKillWhileWritesAreInFlight() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ServiceProcess service = ServiceProcess.start(dataDir);
        String token = Files.readString(dataDir.resolve("api-token")).strip();
        for (String actor : List.of("CHN", "JPN")) {
            post(service.uri("/api/actors"), token, "{\"code\":\"" + actor + "\",\"name\":\"" + actor
                    + "\",\"kind\":\"STATE\"}");
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Void>> writers = new ArrayList<>();
        try {
            for (int client = 0; client < CLIENTS; client++) {
                int writer = client;
                writers.add(clients.submit(() -> writeCallsUntilRefused(service, token, writer, acknowledged)));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
            assertThat(service.kill()).isEqualTo(137);
            for (Future<Void> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }

        Set<String> stored = new TreeSet<>();
        try (Connection store = DriverManager.getConnection(EmbeddedStoreConfiguration.jdbcUrl(dataDir), "sa", "");
             ResultSet rows = store.createStatement().executeQuery("SELECT event_id FROM known_record")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        assertThat(stored).containsAll(acknowledged);
    }

    /** Holds calls until the service stops answering; notes the event of every call answered 201. */
    private static Void writeCallsUntilRefused(ServiceProcess service, String token, int writer,
                                               Set<String> acknowledged) throws InterruptedException {
        for (int n = 0; ; n++) {
            try {
                HttpResponse<String> answer = post(service.uri("/api/calls"), token, "{\"id\":\"call-" + writer + "-" + n
                        + "\",\"participants\":[\"CHN\",\"JPN\"],\"date\":\"2026-01-10\",\"summary\":\"call\"}");
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                acknowledged.add(JSON.readTree(answer.body()).path("events").get(0).path("eventId").asText());
            } catch (IOException killed) {
                return null;
            }
        }
    }

    /** The event list and the actors, polled until the projection has caught up after the restart. */
    private static Set<String> listedEventsAndRegistrations(ServiceProcess service) throws Exception {
        Set<String> seen = new TreeSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            seen.clear();
            for (JsonNode item : get(service.uri("/api/events?limit=1000")).path("items")) {
                seen.add(item.path("eventId").asText());
            }
            if (seen.size() >= 4) {
                break;
            }
            Thread.sleep(250);
        }
        // Registrations are not developments: the write side answers for them.
        String token = Files.readString(service.dataDir().resolve("api-token")).strip();
        for (String body : List.of("{\"code\":\"CHN\",\"name\":\"China\",\"kind\":\"STATE\"}",
                "{\"code\":\"JPN\",\"name\":\"Japan\",\"kind\":\"STATE\"}")) {
            HttpResponse<String> again = post(service.uri("/api/actors"), token, body);
            assertThat(again.statusCode()).isEqualTo(200);
            seen.add(JSON.readTree(again.body()).path("events").get(0).path("eventId").asText());
        }
        return seen;
    }

    private static HttpResponse<String> post(URI uri, String token, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(URI uri) throws IOException, InterruptedException {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }
}
