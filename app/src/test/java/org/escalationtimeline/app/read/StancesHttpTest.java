package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * GET /api/stances over HTTP, on actors of its own (A, B, C), as of 2026-01-10:
 * <pre>
 * E1 MeasureAnnounced A→B EXPORT_BAN   2026-01-06 (−8.0, QuadClass 4)  A toward B: COERCING
 * E2 ProtestLodged B→A DIPLOMATIC      2026-01-08 (−2.0, QuadClass 3)  B toward A: PROTESTING
 * E3 CallHeld B, C                     2026-01-09 (+1.0, QuadClass 1)  B and C toward each other: ENGAGING
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StancesHttpTest extends ReadHttpTestBase {

    String a;
    String b;
    String c;
    String measureId;
    Appended e1;
    Appended e2;
    Appended e3;

    @BeforeAll
    void writeTheScenario() {
        a = freshActor();
        b = freshActor();
        c = freshActor();
        measureId = id("ban");
        e1 = write("/api/measures", measure(measureId, a, List.of(b), "2026-01-06", a + " bans exports"));
        e2 = write("/api/protests", protest(id("protest"), b, a, "DIPLOMATIC", measureId, "2026-01-08"));
        e3 = write("/api/calls", call(id("call"), "2026-01-09", b, c));
        awaitEvents("actor=" + b, e1.eventId(), e2.eventId(), e3.eventId());
    }

    JsonNode stances(String query) {
        Reply reply = get("/api/stances?" + query);
        assertThat(reply.status()).as("GET /api/stances?%s -> %s", query, reply).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        return reply.json();
    }

    JsonNode stance(String actor, String toward, String posture, int[] quadClasses, double sum,
                    List<String> activeMeasures, List<String> basis) {
        return obj("actor", actor, "toward", toward, "posture", posture, "quadClasses", quadClasses,
                "goldsteinSum", sum, "activeMeasures", activeMeasures, "basis", basis);
    }

    @Test
    void theBodyHasTheFieldsOfAppendixA() {
        Instant knownAt = Instant.now();
        JsonNode body = stances("asOf=2026-01-10&actor=" + a + "&knownAt=" + q(knownAt));
        // Appendix A's asOf, window and stances, and the knownAt the stances were read at.
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("asOf", "knownAt", "window", "stances");
        assertThat(body.get("asOf").asText()).isEqualTo("2026-01-10");
        assertThat(Instant.parse(body.get("knownAt").asText())).isEqualTo(knownAt);
        assertThat(body.get("window").asText()).isEqualTo("P90D");
        assertThat(body.get("stances")).hasSize(1);
        JsonNode stance = body.get("stances").get(0);
        assertThat(fieldNames(stance)).containsExactlyInAnyOrder("actor", "toward", "posture", "quadClasses",
                "goldsteinSum", "activeMeasures", "basis");
        assertThat(stance).isEqualTo(stance(a, b, "COERCING", new int[]{0, 0, 0, 1}, -8.0, List.of(measureId),
                List.of(e1.eventId().toString())));
    }

    @Test
    void oneActorTowardEveryOtherItDealtWith() {
        JsonNode towardA = stance(b, a, "PROTESTING", new int[]{0, 0, 1, 0}, -2.0, List.of(),
                List.of(e2.eventId().toString()));
        JsonNode towardC = stance(b, c, "ENGAGING", new int[]{1, 0, 0, 0}, 1.0, List.of(),
                List.of(e3.eventId().toString()));
        // By the code of the actor toward whom.
        assertThat(stances("asOf=2026-01-10&actor=" + b).get("stances")).containsExactly(
                a.compareTo(c) < 0 ? towardA : towardC, a.compareTo(c) < 0 ? towardC : towardA);
        assertThat(stances("asOf=2026-01-10&actor=" + c).get("stances")).containsExactly(
                stance(c, b, "ENGAGING", new int[]{1, 0, 0, 0}, 1.0, List.of(), List.of(e3.eventId().toString())));
    }

    @Test
    void withoutAnActorEveryStanceIsListedByActorThenToward() {
        JsonNode all = stances("asOf=2026-01-10").get("stances");
        List<String> ours = new java.util.ArrayList<>();
        all.forEach(s -> {
            String actor = s.get("actor").asText();
            if (actor.equals(a) || actor.equals(b) || actor.equals(c)) {
                ours.add(actor + ">" + s.get("toward").asText() + ":" + s.get("posture").asText());
            }
        });
        assertThat(ours).containsExactlyInAnyOrder(a + ">" + b + ":COERCING", b + ">" + a + ":PROTESTING",
                b + ">" + c + ":ENGAGING", c + ">" + b + ":ENGAGING");
        List<String> order = new java.util.ArrayList<>();
        all.forEach(s -> order.add(s.get("actor").asText() + " " + s.get("toward").asText()));
        assertThat(order).isSorted();
    }

    @Test
    void theWindowIsADurationInDaysOrANumber() {
        // One day ending 2026-01-10: only 2026-01-10 itself, so the protest and the call fall out.
        JsonNode oneDay = stances("asOf=2026-01-10&window=P1D&actor=" + b);
        assertThat(oneDay.get("window").asText()).isEqualTo("P1D");
        assertThat(oneDay.get("stances")).extracting(s -> s.get("toward").asText() + ":" + s.get("posture").asText())
                .containsExactlyInAnyOrder(a + ":NEUTRAL", c + ":NEUTRAL");
        JsonNode twoDays = stances("asOf=2026-01-10&window=2&actor=" + b);
        assertThat(twoDays.get("window").asText()).isEqualTo("P2D");
        assertThat(twoDays.get("stances")).extracting(s -> s.get("toward").asText() + ":" + s.get("posture").asText())
                .containsExactlyInAnyOrder(a + ":NEUTRAL", c + ":ENGAGING");
    }

    @Test
    void asOfBeforeTheBanThereIsNoStanceOfA() {
        assertThat(stances("asOf=2026-01-05&actor=" + a).get("stances")).isEmpty();
        // After asOf 2026-01-06 A coerces, B has not protested yet.
        assertThat(stances("asOf=2026-01-07&actor=" + b).get("stances")).containsExactly(
                stance(b, a, "NEUTRAL", new int[]{0, 0, 0, 0}, 0.0, List.of(), List.of()));
    }

    @Test
    void knownAtBeforeTheProtestBIsNeutral() {
        JsonNode body = stances("asOf=2026-01-10&actor=" + b + "&knownAt=" + q(e2.recordedAt().minusMillis(1)));
        assertThat(body.get("stances")).extracting(s -> s.get("toward").asText() + ":" + s.get("posture").asText())
                .containsExactly(a + ":NEUTRAL");
    }
}
