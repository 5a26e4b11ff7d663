package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.SoftAssertions;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;
import static org.escalationtimeline.app.support.HttpTestClient.text;

/**
 * What the store cannot hold, or what a client cannot have meant, is refused with a 400 naming
 * the field, before anything is appended; and the read side goes on: a call recorded right after
 * each refused request is listed by {@code GET /api/events}. Before these were refused, a date
 * such as {@code +10000-01-01} was stored, could not be read back, and stopped every later event
 * from reaching the event list.
 */
class RefusedAtTheDoorHttpTest extends WriteHttpTestBase {

    private static final Duration READ_SIDE_DEADLINE = Duration.ofSeconds(15);

    /** A request to refuse; a null body is a GET. */
    private record Refused(String what, String path, Object body, String field) {
    }

    private static Stream<Refused> refusedRequests() {
        return Stream.of(
                post("a date after year 9999", "/api/calls", call(id("call")).put("date", "+10000-01-01"), "date"),
                post("a date before year 1", "/api/calls", call(id("call")).put("date", "-0001-01-01"), "date"),
                post("a date in year 0", "/api/calls", call(id("call")).put("date", "0000-01-01"), "date"),
                post("the day before 1800", "/api/calls", call(id("call")).put("date", "1799-12-31"), "date"),
                post("the day after 2100", "/api/calls", call(id("call")).put("date", "2101-01-01"), "date"),
                post("a month starting before 1800", "/api/calls",
                        call(id("call")).put("date", "1799-12-31").put("datePrecision", "MONTH"), "date"),
                post("an effective date after 2100", "/api/measures",
                        measure(id("measure")).put("effectiveOn", "+10000-01-01"), "effectiveOn"),
                post("a source published before 1800", "/api/calls", withSource(call(id("call")),
                        obj("publication", "Kyodo", "publishedOn", "1799-12-31")), "sources[0].publishedOn"),
                post("a meeting planned after 2100", "/api/meetings",
                        scheduledMeeting(id("meeting")).put("plannedFor", "2101-01"), "plannedFor"),
                post("a NUL in the summary", "/api/calls", call(id("call")).put("summary", "Trump\u0000Takaichi"),
                        "summary"),
                post("a tab in the summary", "/api/calls", call(id("call")).put("summary", "Trump\tTakaichi"),
                        "summary"),
                post("a C1 control in the speaker", "/api/statements",
                        statement(id("statement")).put("speaker", "Prime Minister\u009b Takaichi"), "speaker"),
                post("a line break in an actor's name", "/api/actors",
                        actorBody(unregisteredCode(), "Some\nwhere", "STATE"), "name"),
                post("a control character in a publication", "/api/calls", withSource(call(id("call")),
                        obj("publication", "Kyodo\u0007")), "sources[0].publication"),
                post("a lone surrogate in the summary", "/api/calls",
                        text(call(id("call"))).replace("Trump and Takaichi", "Trump \\ud800 Takaichi"), "summary"),
                post("a lone surrogate in an item", "/api/measures",
                        text(measure(id("measure"))).replace("dual-use items for", "dual-use \\udc00 items for"), "items"),
                post("words after the JSON object", "/api/calls", text(call(id("call"))) + " x", "body"),
                post("a second JSON object after the first", "/api/calls", text(call(id("call"))) + " {\"a\":1}",
                        "body"),
                post("a duplicate key", "/api/calls", duplicate(call(id("call")), "summary"), "summary"),
                post("a duplicate key inside a source", "/api/calls",
                        text(call(id("call"))).replace("\"publication\":\"Kyodo News\"",
                                "\"publication\":\"Kyodo News\",\"publication\":\"Reuters\""),
                        "sources[0].publication"),
                post("a number as the summary", "/api/calls", call(id("call")).put("summary", 5), "summary"),
                post("a boolean as the summary", "/api/calls", call(id("call")).put("summary", true), "summary"),
                post("a number as a CAMEO code", "/api/calls", call(id("call")).put("cameo", 41), "cameo"),
                post("a number as an actor's name", "/api/actors",
                        obj("code", unregisteredCode(), "name", 12, "kind", "STATE"), "name"),
                post("text as the weight", "/api/calls", call(id("call")).put("goldstein", "5"), "goldstein"),
                post("text as a boolean", "/api/meetings", heldMeeting(id("meeting")).put("held", "true"), "held"),
                post("a number as a boolean", "/api/meetings", heldMeeting(id("meeting")).put("held", 1), "held"),
                post("an empty text as a date", "/api/calls", call(id("call")).put("date", ""), "date"),
                get("an unknown type filter", "/api/events?type=CallMade", "type"),
                get("from after to", "/api/events?from=2026-02-01&to=2026-01-31", "to"));
    }

    /**
     * One test for every request, so that the read side's latency is waited for once: each request
     * is refused and followed by a canary call, and then every canary must be listed. A request
     * that got through and stopped the read side fails every canary after it.
     */
    @Test
    void everyRequestIsRefusedNamingTheFieldAndTheReadSideGoesOnAfterEach() {
        SoftAssertions refusals = new SoftAssertions();
        Map<String, Appended> canaries = new LinkedHashMap<>();
        refusedRequests().forEach(request -> {
            refusals.check(() -> {
                Reply refused = request.body() == null ? get(request.path()) : post(request.path(), request.body());
                try {
                    JsonNode problem = assertBadField(refused, request.field());
                    assertThat(problem.path("type").asText()).as("type of %s", problem).startsWith("/problems/");
                } catch (AssertionError e) {
                    throw new AssertionError(request.what() + ": " + e.getMessage(), e);
                }
            });
            canaries.put(request.what(), create("/api/calls", call(id("canary"))));
        });
        refusals.assertAll();

        await().atMost(READ_SIDE_DEADLINE).untilAsserted(() -> canaries.forEach((what, canary) -> {
            Reply page = get("/api/events?limit=1&after=" + (canary.position() - 1));
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            assertThat(page.json().path("items").path(0).path("eventId").asText())
                    .as("the canary written after %s", what).isEqualTo(canary.eventId().toString());
        }));
    }

    private static Refused post(String what, String path, Object body, String field) {
        return new Refused(what, path, body, field);
    }

    private static Refused get(String what, String path, String field) {
        return new Refused(what, path, null, field);
    }

    private static ObjectNode withSource(ObjectNode body, ObjectNode source) {
        return (ObjectNode) body.set("sources", arr(source));
    }

    /** The body's JSON with {@code key} given a second time, last. */
    private static String duplicate(ObjectNode body, String key) {
        String json = text(body);
        return json.substring(0, json.lastIndexOf('}')) + ",\"" + key + "\":\"said twice\"}";
    }
}
