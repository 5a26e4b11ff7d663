package org.escalationtimeline.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * The node under more than it takes at once: a burst of writes beyond {@code timeline.requests.max-concurrent-writes}
 * is answered 201 or 503 (never 500), and every 201 is in the store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "timeline.api-token=" + BoundedUnderLoadHttpTest.TOKEN, "timeline.dataset.load=false",
        "timeline.requests.max-concurrent-writes=4", "timeline.requests.max-wait=0s"})
class BoundedUnderLoadHttpTest {

    static final String TOKEN = "bounded-test-token";
    private static final int BURST = 200;
    private static final String PROBLEM_JSON = "application/problem+json";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate store;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = "target/test-data/bounded-" + UUID.randomUUID().toString().substring(0, 8);
        registry.add("timeline.data-dir", () -> dir);
    }

    @Test
    void aBurstOf200WritesIsAnsweredCreatedOrBusyAndEveryCreatedOneIsInTheStore() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> codes = IntStream.range(0, BURST).mapToObj(i -> "BURST" + i).toList();
        List<CompletableFuture<HttpResponse<String>>> answers = codes.stream()
                .map(code -> http.sendAsync(HttpRequest.newBuilder(client().uri("/api/actors"))
                        .timeout(HttpTestClient.REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(HttpTestClient.text(
                                obj("code", code, "name", "Burst actor " + code, "kind", "STATE")))).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        Set<String> created = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (int i = 0; i < BURST; i++) {
            HttpResponse<String> answer = answers.get(i).join();
            String code = codes.get(i);
            assertThat(answer.statusCode()).as("answer to %s: %s", code, answer.body()).isIn(201, 503);
            if (answer.statusCode() == 201) {
                assertThat(json(answer.body()).path("id").asText()).isEqualTo(code);
                created.add(code);
            } else {
                assertThat(answer.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
                JsonNode problem = json(answer.body());
                assertThat(problem.path("status").asInt()).isEqualTo(503);
                assertThat(problem.path("type").asText()).isEqualTo("/problems/busy");
                refused.add(code);
            }
        }
        assertThat(created).as("writes let in").isNotEmpty();
        assertThat(refused).as("writes beyond the 4 at once that the node takes").isNotEmpty();

        Set<String> stored = new HashSet<>(store.queryForList(
                "SELECT aggregate_identifier FROM domain_event_entry WHERE aggregate_identifier LIKE ?",
                String.class, "BURST%"));
        assertThat(stored).as("every 201 is in the store, and nothing of a 503").isEqualTo(created);
    }

    private HttpTestClient client() {
        return new HttpTestClient(port, TOKEN);
    }

    private static JsonNode json(String body) {
        try {
            return HttpTestClient.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
