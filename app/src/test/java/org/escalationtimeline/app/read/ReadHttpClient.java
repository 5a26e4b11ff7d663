package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;
import static org.escalationtimeline.app.support.HttpTestClient.pause;
import static org.escalationtimeline.app.support.HttpTestClient.poll;

/**
 * Talks to the running service over real HTTP: writes through the write endpoints (Appendix A
 * bodies), then reads, polling until the asynchronous projection has caught up. The Spring
 * context is declared by the subclasses ({@link ReadHttpTestBase} for the shared one).
 */
abstract class ReadHttpClient {

    static final String TOKEN = "test-token";
    static final ObjectMapper JSON = HttpTestClient.JSON;
    static final String PROBLEM_JSON = "application/problem+json";
    /** How long a read may take to show a write: the projection runs asynchronously. */
    static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(30);

    /** The fields of an event of the list (Appendix A), plus {@code correctedAt} (when the shown version was recorded). */
    static final Set<String> EVENT_FIELDS = Set.of("eventId", "type", "date", "datePrecision", "recordedAt", "position",
            "actor", "targets", "summary", "sources", "cameo", "goldstein", "aggregate", "corrected", "correctedAt");

    @LocalServerPort
    int port;

    // ---------------------------------------------------------------- HTTP

    HttpTestClient http() {
        return new HttpTestClient(port, TOKEN);
    }

    URI uri(String path) {
        return http().uri(path);
    }

    Reply post(String path, Object body) {
        return http().post(path, body);
    }

    Reply get(String path) {
        return http().get(path);
    }

    /** A query parameter value, encoded (an instant's {@code +} or {@code :} survive). */
    static String q(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- waiting for the projection

    /** Polls {@code GET path} until the reply satisfies {@code until}; fails with the last reply after the timeout. */
    Reply awaitReply(String path, Predicate<Reply> until) {
        return poll(PROJECTION_TIMEOUT, () -> get(path), until, last -> new AssertionError(String.format(
                "GET %s did not show the expected state within %s; last answer: %s", path, PROJECTION_TIMEOUT, last)));
    }

    /** Polls until {@code GET path} answers 200 with a body satisfying {@code until}. */
    JsonNode await(String path, Predicate<JsonNode> until) {
        return awaitReply(path, reply -> reply.status() == 200 && until.test(reply.json())).json();
    }

    /** Waits until the event list, known now, shows exactly these event ids for this query. */
    JsonNode awaitEvents(String query, UUID... eventIds) {
        List<String> expected = java.util.Arrays.stream(eventIds).map(UUID::toString).toList();
        return await("/api/events?" + query, page -> eventIds(page).equals(expected));
    }

    static List<String> eventIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("eventId").asText()));
        return ids;
    }

    /**
     * The instant right after an acknowledged write, then a short pause, so that the next write is
     * recorded at a later millisecond than the instant returned.
     */
    static Instant instantAfterWrite() {
        Instant now = Instant.now();
        pause(5);
        return now;
    }

    // ---------------------------------------------------------------- writes (Appendix A bodies)

    /** One event appended by a write, as its 201 answer names it. */
    record Appended(String id, UUID eventId, String type, long position, Instant recordedAt) {
    }

    Appended write(String path, ObjectNode body) {
        Reply reply = post(path, body);
        assertThat(reply.status()).as("POST %s %s -> %s", path, body, reply).isEqualTo(201);
        JsonNode answer = reply.json();
        JsonNode event = answer.path("events").path(0);
        return new Appended(answer.path("id").asText(), UUID.fromString(event.path("eventId").asText()),
                event.path("type").asText(), event.path("position").asLong(),
                Instant.parse(event.path("recordedAt").asText()));
    }

    /** Registers an actor code no other test uses: X and 8 hexadecimal capitals. */
    String freshActor() {
        String code = "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        write("/api/actors", obj("code", code, "name", "Country " + code, "kind", "STATE"));
        return code;
    }

    /** Registers an actor every test names with the same body: 201 the first time, 200 after. */
    void registerShared(String code, String name, String kind) {
        Reply reply = post("/api/actors", obj("code", code, "name", name, "kind", kind));
        assertThat(reply.status()).as("registering %s: %s", code, reply).isIn(200, 201);
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ObjectNode reuters() {
        return obj("publication", "Reuters", "url", "https://www.reuters.com/world/example", "publishedOn",
                "2026-01-07");
    }

    static ObjectNode xinhua() {
        return obj("publication", "Xinhua", "url", "https://english.news.cn/example", "publishedOn", "2026-01-10");
    }

    static ObjectNode development(String date, String summary) {
        return obj("date", date, "summary", summary, "sources", arr(reuters()));
    }

    static ObjectNode measure(String id, String actor, List<String> targets, String date, String summary) {
        return obj("id", id, "actor", actor, "targets", targets, "kind", "EXPORT_BAN",
                "items", arr("dual-use items"), "effectiveOn", date).setAll(development(date, summary));
    }

    static ObjectNode statement(String id, String actor, String about, String tone, String date) {
        return obj("id", id, "actor", actor, "speaker", "The Foreign Minister", "about", arr(about), "tone", tone,
                "topic", "Taiwan", "datePrecision", "DAY").setAll(development(date, actor + " speaks about " + about));
    }

    static ObjectNode protest(String id, String actor, String against, String forum, String measureId, String date) {
        ObjectNode body = obj("id", id, "actor", actor, "against", against, "forum", forum)
                .setAll(development(date, actor + " protests to " + against));
        if (measureId != null) {
            body.set("about", obj("measure", measureId));
        }
        return body;
    }

    static ObjectNode call(String id, String date, String... participants) {
        return obj("id", id, "participants", arr((Object[]) participants))
                .setAll(development(date, "Leaders speak by telephone"));
    }

    // ---------------------------------------------------------------- shapes (Appendix A)

    /** An event of the list or of an aggregate's history, field by field as Appendix A gives it. */
    static void assertEventShape(JsonNode event) {
        assertThat(fieldNames(event)).as("fields of %s", event).containsExactlyInAnyOrderElementsOf(EVENT_FIELDS);
        assertThatCode(() -> UUID.fromString(event.get("eventId").asText())).doesNotThrowAnyException();
        assertThat(event.get("type").isTextual()).isTrue();
        assertThat(event.get("date").isTextual()).as("date of %s", event).isTrue();
        assertThatCode(() -> LocalDate.parse(event.get("date").asText())).doesNotThrowAnyException();
        assertThat(event.get("datePrecision").asText()).isIn("DAY", "MONTH", "YEAR");
        assertThat(event.get("recordedAt").isTextual()).isTrue();
        assertThatCode(() -> Instant.parse(event.get("recordedAt").asText())).doesNotThrowAnyException();
        assertThat(event.get("position").isIntegralNumber()).as("position of %s", event).isTrue();
        assertThat(event.get("actor").isTextual()).isTrue();
        assertThat(event.get("targets").isArray()).isTrue();
        event.get("targets").forEach(target -> assertThat(target.isTextual()).isTrue());
        assertThat(event.get("summary").isTextual()).isTrue();
        assertThat(event.get("sources").isArray()).isTrue();
        event.get("sources").forEach(source -> assertThat(fieldNames(source))
                .containsExactlyInAnyOrder("publication", "url", "publishedOn"));
        JsonNode cameo = event.get("cameo");
        assertThat(fieldNames(cameo)).as("cameo of %s", event).containsExactlyInAnyOrder("code", "label", "quadClass");
        assertThat(cameo.get("code").isTextual()).as("a CAMEO code is a string: %s", cameo).isTrue();
        assertThat(cameo.get("label").isTextual()).isTrue();
        assertThat(cameo.get("quadClass").isIntegralNumber()).isTrue();
        assertThat(cameo.get("quadClass").asInt()).isBetween(1, 4);
        assertThat(event.get("goldstein").isNumber()).isTrue();
        JsonNode aggregate = event.get("aggregate");
        assertThat(fieldNames(aggregate)).as("aggregate of %s", event).containsExactlyInAnyOrder("type", "id");
        assertThat(event.get("corrected").isBoolean()).isTrue();
        if (event.get("corrected").asBoolean()) {
            assertThatCode(() -> Instant.parse(event.get("correctedAt").asText())).doesNotThrowAnyException();
        } else {
            assertThat(event.get("correctedAt").isNull()).as("correctedAt of %s", event).isTrue();
        }
    }

    /** An RFC 9457 problem with its status. */
    static JsonNode assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as("content type of %s", reply).startsWith(PROBLEM_JSON);
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem;
    }

    /** A 400 whose {@code errors} name exactly this parameter. */
    static JsonNode assertBadParameter(Reply reply, String parameter) {
        JsonNode problem = assertProblem(reply, 400);
        JsonNode errors = problem.path("errors");
        assertThat(errors.isArray()).as("errors of %s", problem).isTrue();
        assertThat(errors).as("errors of %s", problem).hasSize(1);
        assertThat(fieldNames(errors.get(0))).containsExactlyInAnyOrder("field", "message");
        assertThat(errors.get(0).path("field").asText()).as("field named by %s", problem).isEqualTo(parameter);
        assertThat(errors.get(0).path("message").asText()).isNotBlank();
        return problem;
    }
}
