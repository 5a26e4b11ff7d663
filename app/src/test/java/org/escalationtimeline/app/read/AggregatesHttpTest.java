package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * GET /api/measures/{id}, /api/statements/{id}, /api/protests/{id} and /api/meetings/{id} over
 * HTTP: each aggregate written through its lifecycle endpoints, then read as of dates between its
 * developments. Actors of its own: A, B and C (host), and the shared WTO.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregatesHttpTest extends ReadHttpTestBase {

    String a;
    String b;
    String c;
    String measureId;
    String statementId;
    String protestId;
    String summitId;
    String cancelledId;

    @BeforeAll
    void writeEveryLifecycle() {
        registerShared("WTO", "World Trade Organization", "ORGANIZATION");
        a = freshActor();
        b = freshActor();
        c = freshActor();

        measureId = id("tariff");
        write("/api/measures/threats", obj("id", measureId, "actor", a, "targets", arr(b), "kind", "TARIFF",
                "items", arr("steel"), "effectiveOn", "2025-04-02").setAll(development("2025-03-01", "threat")));
        write("/api/measures/" + measureId + "/announce", development("2025-04-02", "announced"));
        write("/api/measures/" + measureId + "/ease",
                development("2025-05-12", "eased").put("suspend", false).put("until", "2025-08-12"));
        write("/api/measures/" + measureId + "/ease",
                development("2025-06-01", "suspended").put("suspend", true).put("until", "2025-11-10"));
        write("/api/measures/" + measureId + "/tighten",
                development("2025-09-01", "tightened").set("items", arr("semiconductors")));
        write("/api/measures/" + measureId + "/lift", development("2025-11-10", "lifted"));

        statementId = id("statement");
        write("/api/statements", statement(statementId, a, b, "HOSTILE", "2025-11-07"));
        write("/api/statements/" + statementId + "/retraction-demands",
                development("2025-11-10", "demand").put("by", b));
        write("/api/statements/" + statementId + "/refusals", development("2025-11-12", "refused"));
        write("/api/statements/" + statementId + "/retraction", development("2025-12-01", "retracted"));

        protestId = id("protest");
        write("/api/protests", protest(protestId, b, a, "WTO", measureId, "2025-12-05"));
        write("/api/protests/" + protestId + "/responses",
                development("2025-12-10", "rejected").put("by", a).put("response", "REJECTED"));
        write("/api/protests/" + protestId + "/responses",
                development("2026-03-01", "upheld").put("by", "WTO").put("response", "UPHELD"));

        summitId = id("summit");
        write("/api/meetings", obj("id", summitId, "kind", "SUMMIT", "participants", arr(a, b), "host", c,
                "plannedFor", "2025-10").setAll(development("2025-10-20", "summit planned")));
        write("/api/meetings/" + summitId + "/held",
                development("2025-10-30", "summit held").put("outcome", "AGREEMENT"));
        cancelledId = id("meeting");
        write("/api/meetings", obj("id", cancelledId, "kind", "MEETING", "participants", arr(a, b))
                .setAll(development("2025-11-01", "meeting planned")));
        write("/api/meetings/" + cancelledId + "/cancel", development("2025-11-20", "meeting called off"));

        await("/api/measures/" + measureId, m -> m.path("history").size() == 6);
        await("/api/statements/" + statementId, s -> s.path("history").size() == 4);
        await("/api/protests/" + protestId, p -> p.path("history").size() == 3);
        await("/api/meetings/" + summitId, m -> m.path("history").size() == 2);
        await("/api/meetings/" + cancelledId, m -> m.path("history").size() == 2);
    }

    Reply read(String path) {
        Reply reply = get(path);
        assertThat(reply.status()).as("GET %s -> %s", path, reply).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        return reply;
    }

    static List<String> types(JsonNode view) {
        List<String> types = new ArrayList<>();
        view.get("history").forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    @Nested
    class Measures {

        JsonNode at(String asOf) {
            return read("/api/measures/" + measureId + "?asOf=" + asOf).json();
        }

        static String statusSinceUntil(JsonNode m) {
            return m.get("status").asText() + " since " + m.get("since").asText() + " until " + m.get("until").asText();
        }

        @Test
        void theBodyHasTheFieldsOfAppendixAAndItsHistoryTheFieldsOfTheEventList() {
            Reply reply = read("/api/measures/" + measureId);
            JsonNode m = reply.json();
            // Appendix A's fields, and effectiveOn and until (the announced end of an easing or suspension).
            assertThat(fieldNames(m)).containsExactlyInAnyOrder("id", "actor", "targets", "kind", "items",
                    "effectiveOn", "status", "since", "until", "history");
            assertThat(m.get("id").asText()).isEqualTo(measureId);
            assertThat(m.get("actor").asText()).isEqualTo(a);
            assertThat(m.get("targets")).isEqualTo(arr(b));
            assertThat(m.get("kind").asText()).isEqualTo("TARIFF");
            assertThat(m.get("items")).isEqualTo(arr("steel", "semiconductors"));
            assertThat(m.get("effectiveOn").asText()).isEqualTo("2025-04-02");
            assertThat(m.get("status").asText()).isEqualTo("LIFTED");
            assertThat(m.get("since").asText()).isEqualTo("2025-11-10");
            assertThat(m.get("until").isNull()).isTrue();
            m.get("history").forEach(ReadHttpClient::assertEventShape);
            assertThat(types(m)).containsExactly("MeasureThreatened", "MeasureAnnounced", "MeasureEased",
                    "MeasureSuspended", "MeasureTightened", "MeasureLifted");
            m.get("history").forEach(e -> assertThat(e.get("aggregate")).isEqualTo(obj("type", "measure", "id",
                    measureId)));
            assertThat(m.get("history")).extracting(e -> e.get("cameo").get("code").asText())
                    .containsExactly("1312", "163", "081", "081", "163", "085");
            // The version the measure had then, for a following If-Match.
            assertThat(reply.header("ETag")).isEqualTo("\"5\"");
        }

        @Test
        void itsStatusAsOfEachStepOfItsLifecycle() {
            assertThat(statusSinceUntil(at("2025-03-01"))).isEqualTo("THREATENED since 2025-03-01 until null");
            assertThat(statusSinceUntil(at("2025-04-30"))).isEqualTo("IN_FORCE since 2025-04-02 until null");
            assertThat(statusSinceUntil(at("2025-05-20"))).isEqualTo("EASED since 2025-05-12 until 2025-08-12");
            assertThat(statusSinceUntil(at("2025-07-01"))).isEqualTo("SUSPENDED since 2025-06-01 until 2025-11-10");
            JsonNode tightened = at("2025-10-01");
            assertThat(tightened.get("status").asText()).isEqualTo("IN_FORCE");
            assertThat(tightened.get("since").asText()).isEqualTo("2025-09-01");
            assertThat(tightened.get("items")).isEqualTo(arr("steel", "semiconductors"));
            assertThat(tightened.get("until").isNull()).isTrue();
            assertThat(at("2025-11-10").get("status").asText()).isEqualTo("LIFTED");
        }

        @Test
        void asOfAStepTheETagIsTheVersionItHadThen() {
            Reply reply = read("/api/measures/" + measureId + "?asOf=2025-04-30");
            assertThat(reply.header("ETag")).isEqualTo("\"1\"");
            assertThat(reply.json().get("history")).hasSize(2);
        }

        @Test
        void beforeItsThreatItIsNotFound() {
            JsonNode problem = assertProblem(get("/api/measures/" + measureId + "?asOf=2025-02-28"), 404);
            assertThat(problem.get("rule").asText()).isEqualTo("measure-must-exist");
        }
    }

    @Nested
    class Statements {

        @Test
        void theBodyAndItsFold() {
            JsonNode s = read("/api/statements/" + statementId).json();
            assertThat(fieldNames(s)).containsExactlyInAnyOrder("id", "actor", "speaker", "about", "tone", "topic",
                    "retractionDemandedBy", "refusals", "retracted", "history");
            assertThat(s.get("id").asText()).isEqualTo(statementId);
            assertThat(s.get("actor").asText()).isEqualTo(a);
            assertThat(s.get("speaker").asText()).isEqualTo("The Foreign Minister");
            assertThat(s.get("about")).isEqualTo(arr(b));
            assertThat(s.get("tone").asText()).isEqualTo("HOSTILE");
            assertThat(s.get("topic").asText()).isEqualTo("Taiwan");
            assertThat(s.get("retractionDemandedBy")).isEqualTo(arr(b));
            assertThat(s.get("refusals").asInt()).isEqualTo(1);
            assertThat(s.get("retracted").asBoolean()).isTrue();
            s.get("history").forEach(ReadHttpClient::assertEventShape);
            assertThat(types(s)).containsExactly("StatementMade", "RetractionDemanded", "RetractionRefused",
                    "StatementRetracted");
            assertThat(s.get("history")).extracting(e -> e.get("actor").asText()).containsExactly(a, b, a, a);
        }

        @Test
        void asOfBetweenItsDevelopments() {
            JsonNode made = read("/api/statements/" + statementId + "?asOf=2025-11-07").json();
            assertThat(made.get("retractionDemandedBy")).isEmpty();
            assertThat(made.get("refusals").asInt()).isZero();
            assertThat(made.get("retracted").asBoolean()).isFalse();
            JsonNode demanded = read("/api/statements/" + statementId + "?asOf=2025-11-11").json();
            assertThat(demanded.get("retractionDemandedBy")).isEqualTo(arr(b));
            assertThat(demanded.get("refusals").asInt()).isZero();
            JsonNode refused = read("/api/statements/" + statementId + "?asOf=2025-11-30").json();
            assertThat(refused.get("refusals").asInt()).isEqualTo(1);
            assertThat(refused.get("retracted").asBoolean()).isFalse();
        }
    }

    @Nested
    class Protests {

        @Test
        void theBodyAndItsAnswers() {
            JsonNode p = read("/api/protests/" + protestId).json();
            assertThat(fieldNames(p)).containsExactlyInAnyOrder("id", "actor", "against", "forum", "about", "answers",
                    "history");
            assertThat(p.get("id").asText()).isEqualTo(protestId);
            assertThat(p.get("actor").asText()).isEqualTo(b);
            assertThat(p.get("against").asText()).isEqualTo(a);
            assertThat(p.get("forum").asText()).isEqualTo("WTO");
            assertThat(p.get("about")).isEqualTo(obj("measure", measureId, "statement", null));
            assertThat(p.get("answers")).isEqualTo(arr("REJECTED", "UPHELD"));
            p.get("history").forEach(ReadHttpClient::assertEventShape);
            assertThat(types(p)).containsExactly("ProtestLodged", "ProtestRejected", "ProtestUpheld");
            // A rejection goes from the party protested against to the protester, a ruling from the WTO to that party.
            assertThat(p.get("history")).extracting(e -> e.get("actor").asText() + ">" + e.get("targets"))
                    .containsExactly(b + ">[\"" + a + "\"]", a + ">[\"" + b + "\"]", "WTO>[\"" + a + "\"]");
        }

        @Test
        void asOfBeforeTheRulingItWasOnlyRejected() {
            assertThat(read("/api/protests/" + protestId + "?asOf=2025-12-05").json().get("answers")).isEmpty();
            assertThat(read("/api/protests/" + protestId + "?asOf=2026-02-28").json().get("answers"))
                    .isEqualTo(arr("REJECTED"));
        }
    }

    @Nested
    class Meetings {

        @Test
        void theBodyOfAHeldSummit() {
            JsonNode m = read("/api/meetings/" + summitId).json();
            assertThat(fieldNames(m)).containsExactlyInAnyOrder("id", "kind", "participants", "host", "plannedFor",
                    "status", "outcome", "history");
            assertThat(m.get("id").asText()).isEqualTo(summitId);
            assertThat(m.get("kind").asText()).isEqualTo("SUMMIT");
            assertThat(m.get("participants")).isEqualTo(arr(a, b));
            assertThat(m.get("host").asText()).isEqualTo(c);
            assertThat(m.get("plannedFor").asText()).isEqualTo("2025-10");
            assertThat(m.get("status").asText()).isEqualTo("HELD");
            assertThat(m.get("outcome").asText()).isEqualTo("AGREEMENT");
            m.get("history").forEach(ReadHttpClient::assertEventShape);
            assertThat(m.get("history")).extracting(e -> e.get("cameo").get("code").asText())
                    .containsExactly("036", "057");
        }

        @Test
        void asOfBeforeItWasHeldItWasScheduled() {
            JsonNode m = read("/api/meetings/" + summitId + "?asOf=2025-10-25").json();
            assertThat(m.get("status").asText()).isEqualTo("SCHEDULED");
            assertThat(m.get("outcome").isNull()).isTrue();
            assertThat(m.get("history")).hasSize(1);
        }

        @Test
        void aCancelledMeeting() {
            JsonNode m = read("/api/meetings/" + cancelledId).json();
            assertThat(m.get("status").asText()).isEqualTo("CANCELLED");
            assertThat(m.get("outcome").isNull()).isTrue();
            assertThat(m.get("host").isNull()).isTrue();
            assertThat(m.get("plannedFor").isNull()).isTrue();
            assertThat(read("/api/meetings/" + cancelledId + "?asOf=2025-11-19").json().get("status").asText())
                    .isEqualTo("SCHEDULED");
        }
    }

    @Test
    void anIdOfAnotherKindIsNotFound() {
        assertThat(assertProblem(get("/api/statements/" + measureId), 404).get("rule").asText())
                .isEqualTo("statement-must-exist");
        assertThat(assertProblem(get("/api/measures/" + statementId), 404).get("rule").asText())
                .isEqualTo("measure-must-exist");
        assertThat(assertProblem(get("/api/meetings/" + protestId), 404).get("rule").asText())
                .isEqualTo("meeting-must-exist");
        assertThat(assertProblem(get("/api/protests/" + summitId), 404).get("rule").asText())
                .isEqualTo("protest-must-exist");
    }
}
