package org.escalationtimeline.app.diffs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;
import static org.escalationtimeline.app.support.HttpTestClient.poll;

/**
 * The running application, written to and read over real HTTP: the base of the tests of the
 * diffs, the exports and the OpenAPI description.
 *
 * <p>Every subclass shares one Spring context (same annotations, same dynamic property method)
 * and one H2 file store under {@code target/test-data/read-diffs-<run>}, fresh for every JVM,
 * with no data set loaded. Tests that need the read model to show a scenario register actors of
 * their own ({@link #freshActor()}) so that nothing another test writes changes their answers.
 * The projection is asynchronous: after writing, a test waits until the reads show it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"timeline.api-token=" + ReadHttpTestBase.TOKEN, "timeline.dataset.load=false"})
abstract class ReadHttpTestBase {

    static final String TOKEN = "test-token";
    static final ObjectMapper JSON = HttpTestClient.JSON;
    static final String PROBLEM_JSON = "application/problem+json";
    static final Duration PROJECTION_WAIT = Duration.ofSeconds(20);

    private static final String DATA_DIR = "target/test-data/read-diffs-" + UUID.randomUUID().toString().substring(0, 8);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("timeline.data-dir", () -> DATA_DIR);
    }

    // ---------------------------------------------------------------- HTTP

    HttpTestClient http() {
        return new HttpTestClient(port, TOKEN);
    }

    URI uri(String path) {
        return http().uri(path);
    }

    Reply get(String path, String... headerPairs) {
        return http().get(path, headerPairs);
    }

    /** GET that must answer 200 with JSON. */
    JsonNode read(String path) {
        Reply reply = get(path);
        assertThat(reply.status()).as("GET %s -> %s", path, reply).isEqualTo(200);
        assertThat(reply.contentType()).as("content type of GET %s", path).startsWith("application/json");
        return reply.json();
    }

    Reply post(String path, Object body) {
        return http().post(path, body);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- writes

    /** One appended event, as the write's answer names it. */
    record Appended(String id, UUID eventId, String type, long position, Instant recordedAt) {
    }

    /** A write that must be accepted (201); answers its one appended event. */
    Appended write(String path, ObjectNode body) {
        Reply reply = post(path, body);
        assertThat(reply.status()).as("POST %s %s -> %s", path, body, reply).isEqualTo(201);
        JsonNode answer = reply.json();
        JsonNode event = answer.path("events").path(0);
        return new Appended(answer.path("id").asText(), UUID.fromString(event.path("eventId").asText()),
                event.path("type").asText(), event.path("position").asLong(),
                Instant.parse(event.path("recordedAt").asText()));
    }

    /** Registers an actor no other test names: X and 8 capitals or digits. */
    String freshActor() {
        String code = "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        write("/api/actors", obj("code", code, "name", "State " + code, "kind", "STATE"));
        return code;
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ObjectNode source(String publication, String url) {
        ObjectNode source = obj("publication", publication, "publishedOn", "2024-01-02");
        if (url != null) {
            source.put("url", url);
        }
        return source;
    }

    /** The fields every development body shares. */
    static ObjectNode development(String date, String summary) {
        return obj("date", date, "summary", summary,
                "sources", arr(source("Kyodo News", "https://english.kyodonews.net/news/example")));
    }

    static ObjectNode measure(String id, String actor, String kind, String date, String... targets) {
        return obj("id", id, "actor", actor, "targets", arr((Object[]) targets), "kind", kind,
                "items", arr("rare earths")).setAll(development(date, actor + " restricts exports to " + String.join(", ", targets)));
    }

    // ---------------------------------------------------------------- waiting for the projection

    /** Waits until the event list shows the development at its position. */
    void awaitProjected(Appended appended) {
        await("event " + appended.eventId() + " in the event list", () -> {
            JsonNode items = read("/api/events?limit=1&after=" + (appended.position() - 1)).path("items");
            return items.size() == 1 && items.get(0).path("eventId").asText().equals(appended.eventId().toString());
        });
    }

    /** Waits until the event list no longer shows a retracted development. */
    void awaitRetracted(Appended retracted) {
        await("event " + retracted.eventId() + " retracted", () -> {
            JsonNode items = read("/api/events?limit=1&after=" + (retracted.position() - 1)).path("items");
            return items.isEmpty() || !items.get(0).path("eventId").asText().equals(retracted.eventId().toString());
        });
    }

    /** Polls a read until it answers what the test waits for, then answers it. */
    JsonNode awaitRead(String path, Predicate<JsonNode> shows) {
        JsonNode[] last = new JsonNode[1];
        await("GET " + path, () -> shows.test(last[0] = read(path)));
        return last[0];
    }

    static void await(String what, java.util.function.BooleanSupplier done) {
        poll(PROJECTION_WAIT, done::getAsBoolean, shown -> shown,
                shown -> new AssertionError("waited " + PROJECTION_WAIT.toSeconds() + " s for " + what));
    }

    // ---------------------------------------------------------------- assertions

    /** A 400 problem detail whose {@code errors} name the parameter. */
    static JsonNode assertBadParameter(Reply reply, String field) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(400);
        assertThat(reply.contentType()).as("content type of %s", reply).startsWith(PROBLEM_JSON);
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-request");
        assertThat(problem.path("title").asText()).isEqualTo("Bad Request");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).as("detail of %s", problem).contains(field);
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> {
            assertThat(fieldNames(error)).containsExactlyInAnyOrder("field", "message");
            assertThat(error.path("message").asText()).isNotBlank();
            fields.add(error.path("field").asText());
        });
        assertThat(fields).as("fields named by %s", problem).containsExactly(field);
        return problem;
    }
}
