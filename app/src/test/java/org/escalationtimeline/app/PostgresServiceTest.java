package org.escalationtimeline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.escalationtimeline.app.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on a real PostgreSQL, as the postgres profile deploys it: the schema of both
 * sides under Flyway, the data set loaded through the write path, the projection filling the
 * read model, the reads at a cutoff, and a blue/green rebuild that changes no answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"timeline.api-token=pg-test-token", "timeline.read-model.reconcile-ms=200"})
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresServiceTest {

    private static final PostgresTestDatabase DB = PostgresTestDatabase.create();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DB.registerAsSpringDataSource(registry);
        registry.add("timeline.data-dir", () -> "target/test-data/postgres-service");
    }

    @Test
    void theDataSetIsRecordedProjectedReadAndRebuiltOnPostgres() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (get("/api/events?limit=1000").path("items").size() < 76) {
            assertThat(System.nanoTime()).as("the data set is projected within 90 s").isLessThan(deadline);
            Thread.sleep(200);
        }
        String knownAt = Instant.now().toString();

        assertThat(posture(get("/api/stances?asOf=2026-01-10&knownAt=" + knownAt), "CHN", "JPN")).isEqualTo("COERCING");
        assertThat(posture(get("/api/stances?asOf=2026-01-10&knownAt=" + knownAt), "JPN", "CHN")).isEqualTo("PROTESTING");
        JsonNode episodes = get("/api/timeline?pair=CHN-JPN&asOf=2026-01-31&knownAt=" + knownAt).path("episodes");
        assertThat(episodes).hasSize(2);
        assertThat(episodes.get(0).path("start").asText()).isEqualTo("2010-09");
        assertThat(episodes.get(1).path("end").asText()).isEqualTo("2026-01");
        assertThat(episodes.get(1).path("open").asBoolean()).isTrue();
        assertThat(get("/api/events?knownAt=2000-01-01T00:00:00Z").path("items")).isEmpty();

        List<String> before = reads(knownAt);
        HttpResponse<String> rebuild = HTTP.send(HttpRequest.newBuilder(uri("/api/admin/replay"))
                .header("Authorization", "Bearer pg-test-token").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rebuild.statusCode()).isEqualTo(202);
        int rebuilt = JSON.readTree(rebuild.body()).path("generation").asInt();
        while (true) {
            JsonNode progress = JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri("/api/admin/replay"))
                    .header("Authorization", "Bearer pg-test-token").GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (progress.path("status").asText().equals("IDLE") && progress.path("liveGeneration").asInt() == rebuilt) {
                break;
            }
            assertThat(System.nanoTime()).as("the rebuild ends within 90 s of the start").isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(reads(knownAt)).isEqualTo(before);
    }

    private List<String> reads(String knownAt) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String path : List.of("/api/events?limit=1000&asOf=2026-12-31", "/api/stances?asOf=2026-01-10",
                "/api/timeline?pair=CHN-JPN&asOf=2026-01-31", "/api/measures/cn-dual-use-ban-2026?asOf=2026-01-31")) {
            bodies.add(HTTP.send(HttpRequest.newBuilder(uri(path + "&knownAt=" + knownAt)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        }
        return bodies;
    }

    private static String posture(JsonNode stances, String actor, String toward) {
        for (JsonNode stance : stances.path("stances")) {
            if (stance.path("actor").asText().equals(actor) && stance.path("toward").asText().equals(toward)) {
                return stance.path("posture").asText();
            }
        }
        return "absent";
    }

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
