package org.escalationtimeline.app.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.escalationtimeline.app.support.HttpTestClient.poll;

/**
 * The service as a new user first starts it: an empty H2 file store, {@code timeline.dataset.load}
 * on, so the bundled China–Japan–US data set is loaded at start; read and written over real HTTP.
 * <p>
 * Every subclass, in whatever package, shares one Spring context (the same annotations and the
 * same dynamic property method, so Spring's test context cache hands each class the context the
 * first one started) and with it one store under {@code target/test-data/dataset-<run>}, fresh for
 * every JVM. The data set is the only thing in that store dated on or before {@link #DATASET_ENDS}:
 * a class that writes into the shared store names actors of its own and dates its developments
 * after that day, so reads with {@code asOf} up to it see the data set alone, whatever ran first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"timeline.api-token=" + LoadedDatasetHttpTestBase.TOKEN, "timeline.dataset.load=true"})
public abstract class LoadedDatasetHttpTestBase {

    protected static final String TOKEN = "test-token";
    protected static final ObjectMapper JSON = HttpTestClient.JSON;
    protected static final String NDJSON = "application/x-ndjson";
    protected static final String PROBLEM_JSON = "application/problem+json";

    /** Taken when the first subclass is initialised: before its Spring context starts and loads the data set. */
    protected static final Instant BEFORE_START = Instant.now();

    /** The bundled data set: 84 lines, 8 actors registered and 76 developments, the last dated 2026-01-08. */
    protected static final String DATASET = "dataset/china-japan-us-2010-2026.ndjson";
    protected static final int DATASET_LINES = 84;
    protected static final int DATASET_ACTORS = 8;
    protected static final int DATASET_DEVELOPMENTS = 76;
    /** No development of the data set is dated after this day; other tests' developments all are. */
    protected static final String DATASET_ENDS = "2026-01-31";

    private static final String DATA_DIR = "target/test-data/dataset-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static volatile boolean datasetProjected;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    protected static void store(DynamicPropertyRegistry registry) {
        registry.add("timeline.data-dir", () -> DATA_DIR);
    }

    /**
     * The loader wrote the data set before the context was handed to the test; the read side
     * projects it asynchronously. Waits until the event list shows all its developments.
     */
    @BeforeEach
    protected void waitUntilTheDataSetIsProjected() {
        if (datasetProjected) {
            return;
        }
        eventually("the " + DATASET_DEVELOPMENTS + " developments of the data set are listed",
                () -> get("/api/events?asOf=" + DATASET_ENDS + "&limit=1000"),
                reply -> {
                    int listed = reply.json().path("items").size();
                    if (listed > DATASET_DEVELOPMENTS) {
                        fail("more developments than the data set has are listed up to %s: %s", DATASET_ENDS, listed);
                    }
                    return listed == DATASET_DEVELOPMENTS;
                });
        datasetProjected = true;
    }

    // ---------------------------------------------------------------- HTTP

    protected HttpTestClient http() {
        return new HttpTestClient(port, TOKEN);
    }

    protected URI uri(String path) {
        return http().uri(path);
    }

    protected Reply get(String path) {
        return http().get(path);
    }

    /** POST /api/import with {@code Content-Type: application/x-ndjson} and the write token. */
    protected Reply importLines(String ndjson) {
        return postBare("/api/import", ndjson, "Content-Type", NDJSON, "Authorization", "Bearer " + TOKEN);
    }

    /** POST with exactly these headers and nothing else. */
    protected Reply postBare(String path, String body, String... headerPairs) {
        return HttpTestClient.send(http().request(path, headerPairs).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Asks again until the answer is 200 and satisfies {@code done}: the read side catches up with
     * the event store asynchronously. Fails with the last answer after a minute.
     */
    protected static Reply eventually(String what, Supplier<Reply> read, Predicate<Reply> done) {
        return poll(CATCH_UP, read, last -> last.status() == 200 && done.test(last),
                last -> new AssertionError("not within " + CATCH_UP + ": " + what + "; last answer " + last));
    }

    // ---------------------------------------------------------------- JSON

    protected static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** An RFC 9457 problem as a JSON object: {@code type}, {@code title}, {@code status}, {@code detail}. */
    protected static void assertProblemObject(JsonNode problem, int status) {
        assertThat(problem.path("type").asText()).as("type of %s", problem).isNotBlank();
        assertThat(problem.path("title").asText()).as("title of %s", problem).isNotBlank();
        assertThat(problem.path("status").isIntegralNumber()).as("status of %s", problem).isTrue();
        assertThat(problem.path("status").asInt()).as("status of %s", problem).isEqualTo(status);
        assertThat(problem.path("detail").asText()).as("detail of %s", problem).isNotBlank();
    }
}
