package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * The running application, written to over real HTTP: the base of every test of this package.
 * <p>
 * Every subclass shares one Spring context (the same annotations and the same dynamic property
 * method, so Spring's test context cache hands each class the context the first one started),
 * and with it one H2 file store under {@code target/test-data/write-http-<run>}, fresh for every
 * JVM. Because the store is shared, every test names its aggregates with ids of its own
 * ({@link #id(String)}) and registers the actors it needs idempotently ({@link #registerActors()}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"timeline.api-token=" + WriteHttpTestBase.TOKEN, "timeline.dataset.load=false"})
abstract class WriteHttpTestBase {

    static final String TOKEN = "test-token";
    static final ObjectMapper JSON = HttpTestClient.JSON;
    static final String PROBLEM_JSON = "application/problem+json";

    /** One store per JVM: no test ever sees what an earlier run left behind. */
    private static final String DATA_DIR = "target/test-data/write-http-" + UUID.randomUUID().toString().substring(0, 8);

    /** The highest position any write of this run was answered with: positions only go up. */
    private static final AtomicLong LAST_POSITION = new AtomicLong(-1);
    private static final Instant RUN_STARTED = Instant.now();
    private static volatile boolean actorsRegistered;

    /** Actors every test may name, each always registered with exactly this body (so repeats are 200s). */
    static final List<ObjectNode> ACTORS = List.of(
            actorBody("CHN", "China", "STATE"),
            actorBody("JPN", "Japan", "STATE"),
            actorBody("USA", "United States", "STATE"),
            actorBody("KOR", "South Korea", "STATE"),
            actorBody("WTO", "World Trade Organization", "ORGANIZATION"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("timeline.data-dir", () -> DATA_DIR);
    }

    @BeforeEach
    void registerActors() {
        if (actorsRegistered) {
            return;
        }
        for (ObjectNode actor : ACTORS) {
            Reply reply = post("/api/actors", actor);
            assertThat(reply.status()).as("registering %s: %s", actor, reply.body()).isIn(200, 201);
            if (reply.status() == 201) {
                noteWritten(reply);
            }
        }
        actorsRegistered = true;
    }

    // ---------------------------------------------------------------- HTTP

    HttpTestClient http() {
        return new HttpTestClient(port, TOKEN);
    }

    URI uri(String path) {
        return http().uri(path);
    }

    /** POST with the write token and {@code Content-Type: application/json}; body is a JsonNode or raw text. */
    Reply post(String path, Object body, String... headerPairs) {
        return http().post(path, body, headerPairs);
    }

    /** POST exactly as built: no header is added. */
    Reply postBare(String path, HttpRequest.BodyPublisher body, String... headerPairs) {
        return http().postBare(path, body, headerPairs);
    }

    Reply get(String path) {
        return http().get(path);
    }

    // ---------------------------------------------------------------- bodies (Appendix A)

    /** An id no other test uses: {@code prefix-<8 hex>}. */
    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An actor code no test registers: X followed by 8 capitals or digits. */
    static String unregisteredCode() {
        return "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    static ObjectNode actorBody(String code, String name, String kind) {
        return obj("code", code, "name", name, "kind", kind);
    }

    static ObjectNode source() {
        return obj("publication", "Kyodo News", "url", "https://english.kyodonews.net/news/2026/01/example",
                "publishedOn", "2026-01-07");
    }

    /** The fields every development body shares. */
    static ObjectNode development(String date, String summary) {
        return obj("date", date, "summary", summary, "sources", arr(source()));
    }

    static ObjectNode measure(String id) {
        return obj("id", id, "actor", "CHN", "targets", arr("JPN"), "kind", "EXPORT_BAN",
                "items", arr("dual-use items for military end use"), "effectiveOn", "2026-01-06")
                .setAll(development("2026-01-06", "China bans exports of dual-use items to Japanese military users"));
    }

    static ObjectNode statement(String id) {
        return obj("id", id, "actor", "JPN", "speaker", "Prime Minister Sanae Takaichi", "about", arr("CHN"),
                "tone", "HOSTILE", "topic", "Taiwan", "datePrecision", "DAY")
                .setAll(development("2025-11-07", "Takaichi says a Taiwan contingency could threaten Japan's survival"));
    }

    static ObjectNode protest(String id, String forum, String measureId) {
        ObjectNode body = obj("id", id, "actor", "JPN", "against", "CHN", "forum", forum)
                .setAll(development("2026-01-08", "Japan protests China's export ban"));
        if (measureId != null) {
            body.set("about", obj("measure", measureId));
        }
        return body;
    }

    static ObjectNode call(String id) {
        return obj("id", id, "participants", arr("JPN", "USA"))
                .setAll(development("2025-11-25", "Trump and Takaichi speak by telephone"));
    }

    static ObjectNode scheduledMeeting(String id) {
        return obj("id", id, "kind", "SUMMIT", "participants", arr("USA", "CHN"), "host", "KOR")
                .setAll(development("2025-10-20", "Trump and Xi to meet in Busan"));
    }

    static ObjectNode heldMeeting(String id) {
        return obj("id", id, "kind", "SUMMIT", "participants", arr("USA", "CHN"), "host", "KOR",
                "held", true, "outcome", "AGREEMENT")
                .setAll(development("2025-10-30", "Trump and Xi agree a one-year truce in Busan"));
    }

    static ObjectNode incident(String id) {
        return obj("id", id, "actor", "JPN", "targets", arr("CHN"), "cameo", "173")
                .setAll(development("2010-09-08", "Coast guard arrests the trawler's captain"));
    }

    // ---------------------------------------------------------------- writes that must succeed

    /** One appended event as the answer names it. */
    record Appended(String id, UUID eventId, String type, long position, Instant recordedAt, String etag) {
    }

    Appended create(String path, ObjectNode body) {
        Reply reply = post(path, body);
        assertThat(reply.status()).as("%s %s -> %s", path, body, reply).isEqualTo(201);
        return noteWritten(reply);
    }

    Appended change(String path, ObjectNode body) {
        Reply reply = post(path, body);
        assertThat(reply.status()).as("%s %s -> %s", path, body, reply).isEqualTo(201);
        return noteWritten(reply);
    }

    Appended announceMeasure(String id) {
        return create("/api/measures", measure(id));
    }

    /** Registers an actor nobody else registers, and answers its code and its event. */
    Appended registerFreshActor() {
        return create("/api/actors", actorBody(unregisteredCode(), "Somewhere", "STATE"));
    }

    private static Appended noteWritten(Reply reply) {
        JsonNode body = reply.json();
        JsonNode event = body.path("events").path(0);
        Appended appended = new Appended(body.path("id").asText(), UUID.fromString(event.path("eventId").asText()),
                event.path("type").asText(), event.path("position").asLong(),
                Instant.parse(event.path("recordedAt").asText()), reply.header("ETag"));
        LAST_POSITION.accumulateAndGet(appended.position(), Math::max);
        return appended;
    }

    // ---------------------------------------------------------------- assertions

    /**
     * A write answered 201 with exactly the body of Appendix A: {@code {"id", "events": [{"eventId",
     * "type", "position", "recordedAt"}]}}, one event, at a position after every earlier write, and
     * the ETag of the aggregate's new version.
     *
     * @param location the path of the created aggregate, or null for a write to an existing one
     */
    Appended assertWritten(Reply reply, String id, String type, long version, String location) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(201);
        assertThat(reply.contentType()).as("content type of %s", reply).startsWith("application/json");
        assertThat(reply.header("ETag")).as("ETag of %s", reply).isEqualTo("\"" + version + "\"");
        if (location != null) {
            assertThat(reply.header("Location")).as("Location of %s", reply)
                    .isIn(location, "http://localhost:" + port + location);
        }
        JsonNode body = reply.json();
        assertThat(fieldNames(body)).as("fields of %s", body).containsExactlyInAnyOrder("id", "events");
        if (id != null) {
            assertThat(body.get("id").isTextual()).isTrue();
            assertThat(body.get("id").asText()).isEqualTo(id);
        }
        JsonNode events = body.get("events");
        assertThat(events.isArray()).as("events of %s", body).isTrue();
        assertThat(events).as("events of %s", body).hasSize(1);
        JsonNode event = events.get(0);
        assertThat(fieldNames(event)).as("fields of %s", event)
                .containsExactlyInAnyOrder("eventId", "type", "position", "recordedAt");
        assertThat(event.get("eventId").isTextual()).isTrue();
        assertThatCode(() -> UUID.fromString(event.get("eventId").asText())).as("eventId is a UUID")
                .doesNotThrowAnyException();
        assertThat(event.get("type").asText()).isEqualTo(type);
        assertThat(event.get("position").isIntegralNumber()).as("position is a whole number: %s", event).isTrue();
        long before = LAST_POSITION.get();
        assertThat(event.get("position").asLong()).as("position after every earlier write (last %s)", before)
                .isGreaterThan(before);
        assertThat(event.get("recordedAt").isTextual()).as("recordedAt is an ISO instant: %s", event).isTrue();
        Instant recordedAt = Instant.parse(event.get("recordedAt").asText());
        assertThat(recordedAt).isBetween(RUN_STARTED.minusSeconds(60), Instant.now().plusSeconds(60));
        return noteWritten(reply);
    }

    /**
     * An RFC 9457 problem: status, {@code application/problem+json}, {@code type}, {@code title},
     * {@code status} and {@code detail}.
     */
    static JsonNode assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.contentType()).as("content type of %s", reply).startsWith(PROBLEM_JSON);
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asText()).as("type of %s", problem).isNotBlank();
        assertThat(problem.path("title").asText()).as("title of %s", problem).isNotBlank();
        assertThat(problem.path("status").isIntegralNumber()).as("status of %s", problem).isTrue();
        assertThat(problem.path("status").asInt()).as("status of %s", problem).isEqualTo(status);
        assertThat(problem.path("detail").asText()).as("detail of %s", problem).isNotBlank();
        return problem;
    }

    /** A broken rule: a problem that names the rule. */
    static JsonNode assertRuleBroken(Reply reply, int status, String rule) {
        JsonNode problem = assertProblem(reply, status);
        assertThat(problem.path("rule").asText()).as("rule of %s", problem).isEqualTo(rule);
        return problem;
    }

    /** A 400 whose {@code errors} name the field (or one of the names given), and whose detail mentions it. */
    static JsonNode assertBadField(Reply reply, String field, String... orAnyOf) {
        JsonNode problem = assertProblem(reply, 400);
        assertThat(problem.path("title").asText()).isEqualTo("Bad Request");
        JsonNode errors = problem.path("errors");
        assertThat(errors.isArray() && !errors.isEmpty()).as("errors of %s", problem).isTrue();
        List<String> fields = new ArrayList<>();
        errors.forEach(error -> {
            assertThat(fieldNames(error)).as("fields of %s", error).containsExactlyInAnyOrder("field", "message");
            assertThat(error.path("message").asText()).as("message of %s", error).isNotBlank();
            fields.add(error.path("field").asText());
        });
        List<String> accepted = new ArrayList<>(List.of(orAnyOf));
        accepted.add(field);
        assertThat(fields).as("fields named by %s", problem).containsAnyElementsOf(accepted);
        String named = fields.stream().filter(accepted::contains).findFirst().orElseThrow();
        assertThat(problem.path("detail").asText()).as("detail of %s", problem).contains(named);
        return problem;
    }

    static long lastPosition() {
        return LAST_POSITION.get();
    }
}
