package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;
import static org.escalationtimeline.app.support.HttpTestClient.text;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * Bad input gets an RFC 9457 problem: {@code application/problem+json} with {@code type},
 * {@code title}, {@code status}, {@code detail}, and for a bad field {@code errors[].field} naming it.
 * Each refused write leaves its id free, which the last step of several tests proves.
 */
class BadInputHttpTest extends WriteHttpTestBase {

    private static final int LIMIT = 64 * 1024;

    @Test
    void anUnknownFieldIsRefusedByName() {
        String id = id("measure");
        JsonNode problem = assertBadField(post("/api/measures", measure(id).put("severity", "high")), "severity");
        assertThat(problem.path("title").asText()).isEqualTo("Bad Request");
        assertStillFree(id);
    }

    @Test
    void anUnknownFieldInsideASourceIsRefusedByItsPath() {
        ObjectNode body = measure(id("measure"));
        ((ObjectNode) body.get("sources").get(0)).put("author", "someone");
        assertBadField(post("/api/measures", body), "sources[0].author");
    }

    @Test
    void malformedJsonIsABadRequest() {
        Reply reply = post("/api/measures", "{\"id\": \"m-1\", \"actor\": ");
        assertProblem(reply, 400);
        Reply trailingComma = post("/api/measures", "{\"id\": \"m-1\",}");
        assertProblem(trailingComma, 400);
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        assertProblem(post("/api/measures", ""), 400);
    }

    @Test
    void aMissingSummaryIsNamed() {
        ObjectNode body = measure(id("measure"));
        body.remove("summary");
        assertBadField(post("/api/measures", body), "summary");
    }

    @Test
    void aSummaryOf501CharactersIsNamed() {
        String id = id("measure");
        assertBadField(post("/api/measures", measure(id).put("summary", "x".repeat(501))), "summary");
        // 500 is the most a summary may have.
        assertWritten(post("/api/measures", measure(id).put("summary", "x".repeat(500))), id, "MeasureAnnounced", 0,
                "/api/measures/" + id);
    }

    @Test
    void elevenSourcesAreTooMany() {
        String id = id("measure");
        ArrayNode sources = JSON.createArrayNode();
        for (int i = 0; i < 11; i++) {
            sources.add(source());
        }
        assertBadField(post("/api/measures", measure(id).set("sources", sources)), "sources");
        sources.remove(10);
        assertWritten(post("/api/measures", measure(id).set("sources", sources)), id, "MeasureAnnounced", 0,
                "/api/measures/" + id);
    }

    @Test
    void aBadActorCodeIsNamed() {
        String id = id("measure");
        JsonNode problem = assertBadField(post("/api/measures", measure(id).put("actor", "china")), "actor");
        assertThat(problem.path("detail").asText()).contains("china");
        assertStillFree(id);
    }

    @Test
    void aBadActorCodeInsideAListIsNamedByItsIndex() {
        assertBadField(post("/api/measures", measure(id("measure")).set("targets", arr("JPN", "china"))), "targets[1]");
        assertBadField(post("/api/statements", statement(id("statement")).set("about", arr("CHN", "usa"))), "about[1]");
        assertBadField(post("/api/calls", call(id("call")).set("participants", arr("JPN", "USA", "k"))),
                "participants[2]");
    }

    @Test
    void aNullInsideAListOfActorsIsNamed() {
        // The field may be named as the list or as the element: either says where the mistake is.
        assertAll(
                () -> assertBadField(post("/api/measures", measure(id("measure")).set("targets", arr("JPN", null))),
                        "targets", "targets[1]"),
                () -> assertBadField(post("/api/measures/threats", measure(id("threat")).set("targets", arr((Object) null))),
                        "targets", "targets[0]"),
                () -> assertBadField(post("/api/statements", statement(id("statement")).set("about", arr((Object) null))),
                        "about", "about[0]"),
                () -> assertBadField(post("/api/incidents", incident(id("incident")).set("targets", arr("CHN", null))),
                        "targets", "targets[1]"),
                () -> assertBadField(post("/api/calls", call(id("call")).set("participants", arr("JPN", null))),
                        "participants", "participants[1]"));
    }

    @Test
    void aBadRegisteredCodeIsNamed() {
        assertBadField(post("/api/actors", actorBody("japan", "Japan", "STATE")), "code");
    }

    @Test
    void aBadEnumValueListsTheAllowedValues() {
        JsonNode problem = assertBadField(post("/api/measures", measure(id("measure")).put("kind", "EMBARGOISH")),
                "kind");
        assertThat(problem.path("errors").get(0).path("message").asText())
                .contains("EXPORT_BAN", "EXPORT_CONTROL", "LICENSING_REVIEW", "QUOTA", "EMBARGO", "SANCTION", "TARIFF",
                        "IMPORT_BAN", "ANTI_DUMPING_PROBE", "INVESTIGATION", "TRAVEL_ADVISORY");
        JsonNode tone = assertBadField(post("/api/statements", statement(id("statement")).put("tone", "ANGRY")), "tone");
        assertThat(tone.path("detail").asText()).contains("HOSTILE", "SUPPORTIVE");
        assertBadField(post("/api/protests", protest(id("protest"), "NATO", null)), "forum");
        assertBadField(post("/api/measures", measure(id("measure")).put("datePrecision", "WEEK")), "datePrecision");
    }

    @Test
    void aSourceThatIsNotAWebAddressIsNamedByItsPath() {
        ObjectNode body = measure(id("measure"));
        ((ObjectNode) body.get("sources").get(0)).put("url", "ftp://example.org/article");
        assertBadField(post("/api/measures", body), "sources[0].url");

        ObjectNode relative = measure(id("measure"));
        ((ObjectNode) relative.get("sources").get(0)).put("url", "/news/article");
        assertBadField(post("/api/measures", relative), "sources[0].url");
    }

    @Test
    void aSourceWithoutPublicationIsNamedByItsPath() {
        ObjectNode body = measure(id("measure"));
        body.set("sources", arr(source(), obj("url", "https://example.org/a")));
        assertBadField(post("/api/measures", body), "sources[1].publication");
    }

    @Test
    void aDateThatDoesNotExistIsNamed() {
        JsonNode problem = assertBadField(post("/api/measures", measure(id("measure")).put("date", "2026-13-01")),
                "date");
        assertThat(problem.path("detail").asText()).contains("2026-13-01");
        assertBadField(post("/api/measures", measure(id("measure")).put("effectiveOn", "06/01/2026")), "effectiveOn");
    }

    @Test
    void aNumberIsNeitherADateNorAnEnumValue() {
        // Jackson's lenient defaults would read 20260101 as an epoch day (the year 57441) and 0 as
        // the first constant of an enum: a client's mistake recorded as something it never meant.
        assertAll(
                () -> assertBadField(post("/api/measures", measure(id("measure")).put("date", 20260101)), "date"),
                () -> assertBadField(post("/api/measures", measure(id("measure")).put("kind", 0)), "kind"),
                () -> assertBadField(post("/api/measures", measure(id("measure")).put("datePrecision", 1)),
                        "datePrecision"));
    }

    @Test
    void aMissingDateIsNamed() {
        ObjectNode body = measure(id("measure"));
        body.remove("date");
        assertBadField(post("/api/measures", body), "date");
    }

    @Test
    void aGoldsteinWeightOutsideTheScaleIsNamed() {
        assertBadField(post("/api/measures", measure(id("measure")).put("goldstein", 11)), "goldstein");
        assertBadField(post("/api/measures", measure(id("measure")).put("goldstein", -10.5)), "goldstein");
        assertBadField(post("/api/measures", measure(id("measure")).put("goldstein", "strong")), "goldstein");
    }

    @Test
    void anUnknownCameoCodeIsNamed() {
        String id = id("incident");
        JsonNode problem = assertBadField(post("/api/incidents", incident(id).put("cameo", "999")), "cameo");
        assertThat(problem.path("detail").asText()).contains("999");
        // Codes are strings from the table: 010 is one, 0100 is not.
        assertBadField(post("/api/incidents", incident(id).put("cameo", "0100")), "cameo");
        assertStillFree("/api/incidents", incident(id), id, "IncidentRecorded");
    }

    @Test
    void anIncidentWithoutCameoIsNamed() {
        ObjectNode body = incident(id("incident"));
        body.remove("cameo");
        assertBadField(post("/api/incidents", body), "cameo");
    }

    @Test
    void aBadIdIsNamed() {
        assertBadField(post("/api/measures", measure("Not An Id")), "id");
        assertBadField(post("/api/measures", measure("ab")), "id");
    }

    @Test
    void tooFewParticipantsAreNamed() {
        assertBadField(post("/api/calls", call(id("call")).set("participants", arr("JPN"))), "participants");
        assertBadField(post("/api/calls", call(id("call")).set("participants", arr("JPN", "JPN"))), "participants");
    }

    @Test
    void anOutcomeOfAMeetingNotHeldIsNamed() {
        assertBadField(post("/api/meetings", scheduledMeeting(id("meeting")).put("outcome", "AGREEMENT")), "outcome");
    }

    @Test
    void aRecordIdThatIsNotAUuidIsNamed() {
        assertBadField(post("/api/records/not-a-uuid/corrections", obj("summary", "Fixed", "reason", "typo")),
                "eventId");
    }

    @Test
    void aCorrectionWithoutReasonIsNamed() {
        Appended incident = create("/api/incidents", incident(id("incident")));
        assertBadField(post("/api/records/" + incident.eventId() + "/corrections", obj("summary", "Fixed")), "reason");
    }

    @Test
    void aBodyOver64KiBIsTooLarge() {
        String id = id("measure");
        Reply declared = post("/api/measures", padded(measure(id), LIMIT + 1));
        JsonNode problem = assertProblem(declared, 413);
        assertThat(problem.path("title").asText()).isEqualTo("Payload Too Large");
        assertStillFree(id);
    }

    @Test
    void aChunkedBodyOver64KiBIsTooLarge() {
        String id = id("measure");
        byte[] body = padded(measure(id), 2 * LIMIT).getBytes(StandardCharsets.UTF_8);
        // A publisher of unknown length: the body goes out chunked, without Content-Length.
        HttpRequest.BodyPublisher chunked = new UnknownLength(HttpRequest.BodyPublishers.ofByteArray(body));
        Reply reply = postBare("/api/measures", chunked, "Content-Type", "application/json",
                "Authorization", "Bearer " + TOKEN);
        assertProblem(reply, 413);
        assertStillFree(id);
    }

    @Test
    void aBodyOfExactly64KiBIsAccepted() {
        String id = id("measure");
        String body = padded(measure(id), LIMIT);
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(LIMIT);
        assertWritten(post("/api/measures", body), id, "MeasureAnnounced", 0, "/api/measures/" + id);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        Reply reply = post("/api/measures", text(measure(id("measure"))), "Content-Type", "text/plain");
        assertProblem(reply, 415);
        Reply form = post("/api/measures", "id=m-1", "Content-Type", "application/x-www-form-urlencoded");
        assertProblem(form, 415);
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        assertProblem(get("/api/no-such-route"), 404);
        assertProblem(post("/api/no-such-route", obj("id", "x")), 404);
        assertProblem(post("/api/measures/" + id("measure") + "/explode", development("2026-01-01", "Boom")), 404);
    }

    /** The JSON text of {@code body} padded with spaces to exactly {@code bytes} bytes. */
    private static String padded(ObjectNode body, int bytes) {
        String json = text(body);
        int length = json.getBytes(StandardCharsets.UTF_8).length;
        return json.substring(0, json.length() - 1) + " ".repeat(bytes - length) + "}";
    }

    private void assertStillFree(String id) {
        assertStillFree("/api/measures", measure(id), id, "MeasureAnnounced");
    }

    private void assertStillFree(String path, ObjectNode body, String id, String type) {
        assertWritten(post(path, body), id, type, 0, path + "/" + id);
    }

    /** Hides the length of a body, so that it is sent with chunked transfer coding. */
    private record UnknownLength(HttpRequest.BodyPublisher body) implements HttpRequest.BodyPublisher {

        @Override
        public long contentLength() {
            return -1;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
            body.subscribe(subscriber);
        }
    }
}
