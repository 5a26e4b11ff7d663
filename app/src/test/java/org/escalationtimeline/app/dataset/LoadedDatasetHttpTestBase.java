package org.escalationtimeline.app.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
    protected static final ObjectMapper JSON = new ObjectMapper();
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

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

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

    /** An answer: status, headers, body as text. */
    protected record Reply(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        /** The body as NDJSON: one JSON value a line. */
        public List<JsonNode> ndjson() {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : body.split("\n", -1)) {
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    lines.add(JSON.readTree(line));
                } catch (JsonProcessingException e) {
                    throw new AssertionError("not a JSON line: " + line + " in " + body, e);
                }
            }
            return lines;
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + headers.map() + " " + body;
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    /** POST /api/import with {@code Content-Type: application/x-ndjson} and the write token. */
    protected Reply importLines(String ndjson) {
        return postBare("/api/import", ndjson, "Content-Type", NDJSON, "Authorization", "Bearer " + TOKEN);
    }

    /** POST with exactly these headers and nothing else. */
    protected Reply postBare(String path, String body, String... headerPairs) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.setHeader(headerPairs[i], headerPairs[i + 1]);
        }
        return send(request.build());
    }

    protected static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Asks again until the answer is 200 and satisfies {@code done}: the read side catches up with
     * the event store asynchronously. Fails with the last answer after a minute.
     */
    protected static Reply eventually(String what, Supplier<Reply> read, Predicate<Reply> done) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        Reply last = null;
        while (System.nanoTime() < deadline) {
            last = read.get();
            if (last.status() == 200 && done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not within " + CATCH_UP + ": " + what + "; last answer " + last);
    }

    // ---------------------------------------------------------------- JSON

    protected static ObjectNode obj(Object... pairs) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.set((String) pairs[i], pairs[i + 1] == null ? JSON.nullNode() : JSON.valueToTree(pairs[i + 1]));
        }
        return node;
    }

    protected static ArrayNode arr(Object... values) {
        return JSON.valueToTree(Arrays.asList(values));
    }

    protected static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    protected static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

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
