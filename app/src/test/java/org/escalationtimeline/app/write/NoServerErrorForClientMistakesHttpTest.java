package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;
import static org.escalationtimeline.app.support.HttpTestClient.text;

/**
 * No client mistake ever yields a 500: a table of malformed bodies fired at several endpoints,
 * every answer a 4xx problem. Failures are collected, so one run lists every request that failed.
 */
class NoServerErrorForClientMistakesHttpTest extends WriteHttpTestBase {

    /** Whole bodies that are wrong whatever the endpoint. */
    private static final List<String> RAW_BODIES = List.of(
            "",
            "null",
            "[]",
            "[{}]",
            "\"a string\"",
            "42",
            "true",
            "{",
            "{\"summary\": \"unterminated",
            "{\"summary\": \"x\",}",
            "{'summary': 'single quotes'}",
            "{\"summary\": \"x\"} trailing",
            "{\"date\": 2026-01-01}",
            "\u0000\u0001\u0002");

    /** Fields set over a valid body: each makes it wrong in one way. */
    private static final List<ObjectNode> MUTATIONS = List.of(
            obj("summary", null),
            obj("summary", "   "),
            obj("summary", obj("text", "nested")),
            obj("summary", arr("a", "b")),
            obj("date", null),
            obj("date", "2026-02-30"),
            obj("date", "yesterday"),
            obj("datePrecision", "WEEK"),
            obj("sources", "https://example.org"),
            obj("sources", arr((Object) null)),
            obj("sources", arr(obj())),
            obj("sources", arr(obj("publication", ""))),
            obj("sources", arr(obj("publication", "p", "url", "javascript:alert(1)"))),
            obj("sources", arr(obj("publication", "p", "url", "http://exa mple.org/a b"))),
            obj("sources", arr(obj("publication", "p", "publishedOn", "2026-99-99"))),
            obj("sources", arr(obj("publication", "x".repeat(201)))),
            obj("cameo", "ABC"),
            obj("cameo", ""),
            obj("cameo", arr("173")),
            obj("goldstein", "NaN"),
            obj("goldstein", "Infinity"),
            obj("goldstein", 1e308),
            obj("goldstein", obj()),
            obj("id", ""),
            obj("id", "UPPER-case"),
            obj("id", "x".repeat(65)),
            obj("id", 12),
            obj("actor", null),
            obj("actor", ""),
            obj("actor", arr("CHN")),
            obj("targets", null),
            obj("targets", arr((Object) null)),
            obj("targets", "JPN"),
            obj("about", arr()),
            obj("about", arr((Object) null)),
            obj("about", obj()),
            obj("about", obj("measure", "m", "statement", "s")),
            obj("about", obj("measure", "NOT VALID")),
            obj("participants", null),
            obj("participants", arr()),
            obj("participants", arr("JPN", null)),
            obj("items", arr((Object) null)),
            obj("items", arr("")),
            obj("items", arr("x".repeat(201))),
            obj("kind", null),
            obj("kind", "export_ban"),
            obj("tone", "RUDE"),
            obj("forum", ""),
            obj("host", "nobody"),
            obj("held", "maybe"),
            obj("outcome", "WAR"),
            obj("plannedFor", "next year"),
            obj("suspend", "yes"),
            obj("until", "2000-01-01"),
            obj("until", "never"),
            obj("by", null),
            obj("by", "wto"),
            obj("response", "IGNORED"),
            obj("response", null),
            obj("reason", null),
            obj("reason", ""),
            obj("effectiveOn", "2026-02-30"),
            obj("speaker", ""),
            obj("speaker", "x".repeat(201)),
            obj("topic", ""),
            obj("code", null),
            obj("code", "chn"),
            obj("name", null),
            obj("name", ""),
            obj("unknownField", 1),
            obj("__proto__", obj()));

    /** @param nullable fields this endpoint reads as "left out" when null: setting them null is no mistake */
    private record Endpoint(String name, String path, Supplier<ObjectNode> body, Set<String> nullable) {

        Endpoint(String name, String path, Supplier<ObjectNode> body) {
            this(name, path, body, Set.of());
        }

        boolean isMistake(ObjectNode mutation) {
            String field = mutation.fieldNames().next();
            return !(mutation.get(field).isNull() && nullable.contains(field));
        }
    }

    /** The endpoints, each with a maker of valid bodies; lifecycle writes go to the subjects given. */
    private List<Endpoint> endpoints(String measure, String statement, String protest, String meeting, String record) {
        return List.of(
                new Endpoint("register actor", "/api/actors", () -> actorBody(unregisteredCode(), "Somewhere", "STATE")),
                new Endpoint("announce measure", "/api/measures", () -> measure(id("measure"))),
                new Endpoint("threaten measure", "/api/measures/threats", () -> measure(id("threat"))),
                new Endpoint("tighten measure", "/api/measures/" + measure + "/tighten",
                        () -> development("2026-02-01", "Tightened").set("items", arr("gallium"))),
                new Endpoint("ease measure", "/api/measures/" + measure + "/ease",
                        () -> development("2026-02-01", "Eased").put("suspend", false).put("until", "2026-12-01")),
                new Endpoint("make statement", "/api/statements", () -> statement(id("statement"))),
                new Endpoint("demand retraction", "/api/statements/" + statement + "/retraction-demands",
                        () -> development("2025-11-13", "Demanded").put("by", "CHN")),
                new Endpoint("lodge protest", "/api/protests", () -> protest(id("protest"), "DIPLOMATIC", measure)),
                new Endpoint("respond to protest", "/api/protests/" + protest + "/responses",
                        () -> development("2026-01-09", "Acknowledged").put("by", "CHN").put("response", "ACKNOWLEDGED")),
                new Endpoint("hold call", "/api/calls", () -> call(id("call"))),
                new Endpoint("schedule meeting", "/api/meetings",
                        () -> scheduledMeeting(id("meeting")).put("plannedFor", "2025-10-30")),
                new Endpoint("hold new meeting", "/api/meetings", () -> heldMeeting(id("meeting"))),
                new Endpoint("hold meeting", "/api/meetings/" + meeting + "/held",
                        () -> development("2025-10-30", "Held").put("outcome", "NONE")),
                new Endpoint("record incident", "/api/incidents", () -> incident(id("incident"))),
                new Endpoint("correct record", "/api/records/" + record + "/corrections",
                        () -> obj("date", "2010-09-07", "summary", "Corrected", "reason", "typo"),
                        // A correction changes what it names and leaves the rest.
                        Set.of("date", "summary")),
                new Endpoint("retract record", "/api/records/" + record + "/retraction",
                        () -> obj("reason", "in error")));
    }

    @Test
    void everyMalformedBodyGetsA4xxProblem() {
        String measure = id("measure");
        announceMeasure(measure);
        String statement = id("statement");
        create("/api/statements", statement(statement));
        String protest = id("protest");
        create("/api/protests", protest(protest, "DIPLOMATIC", null));
        String meeting = id("meeting");
        create("/api/meetings", scheduledMeeting(meeting));
        String record = create("/api/incidents", incident(id("incident"))).eventId().toString();

        Map<String, String> failures = new LinkedHashMap<>();
        int requests = 0;
        for (Endpoint endpoint : endpoints(measure, statement, protest, meeting, record)) {
            String path = endpoint.path();
            for (String raw : RAW_BODIES) {
                requests++;
                check(failures, endpoint.name(), path, raw, post(path, raw));
            }
            for (ObjectNode mutation : MUTATIONS) {
                if (!endpoint.isMistake(mutation)) {
                    continue;
                }
                // Sent to every endpoint: a field an endpoint does not read is an unknown field there.
                ObjectNode body = endpoint.body().get().setAll(mutation);
                requests++;
                check(failures, endpoint.name(), path, text(body), post(path, body));
            }
        }
        assertThat(requests).isGreaterThan(1000);
        assertThat(failures).as("requests answered with something else than a 4xx problem (of %s sent)", requests)
                .isEmpty();
    }

    @Test
    void everyMalformedHeaderGetsA4xxProblem() {
        String measure = id("measure");
        announceMeasure(measure);
        String path = "/api/measures/" + measure + "/tighten";
        String body = text(development("2026-02-01", "Tightened"));
        Map<String, String> failures = new LinkedHashMap<>();
        List<String[]> headers = new ArrayList<>(List.of(
                new String[]{"If-Match", "\"\""},
                new String[]{"If-Match", "\"-1\""},
                new String[]{"If-Match", "\"99999999999999999999999\""},
                new String[]{"If-Match", "W/"},
                new String[]{"If-Match", "\"1\", \"2\""},
                new String[]{"Idempotency-Key", "has space"},
                new String[]{"Content-Type", "application/json; charset=nonsense"},
                new String[]{"Content-Type", "application/xml"},
                new String[]{"Content-Type", "json"},
                new String[]{"Accept", "application/xml"}));
        for (String[] header : headers) {
            Reply reply;
            try {
                reply = post(path, body, header[0], header[1]);
            } catch (IllegalArgumentException refusedByTheClient) {
                continue;
            }
            check(failures, header[0] + ": " + header[1], path, body, reply);
        }
        Reply chunkedEmpty = postBare(path, HttpRequest.BodyPublishers.noBody(), "Content-Type", "application/json",
                "Authorization", "Bearer " + TOKEN);
        check(failures, "no body", path, "", chunkedEmpty);
        assertThat(failures).as("requests answered with something else than a 4xx").isEmpty();
    }

    private static void check(Map<String, String> failures, String endpoint, String path, String body, Reply reply) {
        boolean clientError = reply.status() >= 400 && reply.status() < 500;
        String contentType = reply.contentType();
        boolean problem = contentType != null && contentType.startsWith(PROBLEM_JSON);
        if (!clientError || !problem) {
            failures.put(endpoint + " POST " + path + " " + abbreviate(body), reply.status() + " " + contentType + " "
                    + abbreviate(reply.body()));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
