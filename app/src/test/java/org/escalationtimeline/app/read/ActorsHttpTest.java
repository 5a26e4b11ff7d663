package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/** GET /api/actors and /api/actors/{code} over HTTP, at any knownAt. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorsHttpTest extends ReadHttpTestBase {

    String code;
    Appended registered;

    @BeforeAll
    void registerOne() {
        code = "X" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        registered = write("/api/actors", obj("code", code, "name", "Freedonia", "kind", "BLOC"));
        await("/api/actors/" + code, actor -> true);
    }

    static List<String> codes(JsonNode actors) {
        List<String> codes = new ArrayList<>();
        actors.forEach(actor -> codes.add(actor.get("code").asText()));
        return codes;
    }

    @Test
    void theListHoldsEveryRegisteredActorByCode() {
        Reply reply = get("/api/actors");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode actors = reply.json();
        assertThat(actors.isArray()).isTrue();
        actors.forEach(actor -> assertThat(fieldNames(actor)).containsExactlyInAnyOrder("code", "name", "kind",
                "registeredAt"));
        assertThat(codes(actors)).contains(code).isSorted();
    }

    @Test
    void oneActor() {
        Reply reply = get("/api/actors/" + code);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode actor = reply.json();
        assertThat(fieldNames(actor)).containsExactlyInAnyOrder("code", "name", "kind", "registeredAt");
        assertThat(actor.get("code").asText()).isEqualTo(code);
        assertThat(actor.get("name").asText()).isEqualTo("Freedonia");
        assertThat(actor.get("kind").asText()).isEqualTo("BLOC");
        assertThat(Instant.parse(actor.get("registeredAt").asText())).isEqualTo(registered.recordedAt());
    }

    @Test
    void knownBeforeItsRegistrationItIsNotThere() {
        String before = q(registered.recordedAt().minusMillis(1));
        assertThat(codes(get("/api/actors?knownAt=" + before).json())).doesNotContain(code);
        assertThat(codes(get("/api/actors?knownAt=" + q(registered.recordedAt())).json())).contains(code);
        JsonNode problem = assertProblem(get("/api/actors/" + code + "?knownAt=" + before), 404);
        assertThat(problem.get("rule").asText()).isEqualTo("actor-must-exist");
        assertThat(get("/api/actors/" + code + "?knownAt=" + q(registered.recordedAt())).status()).isEqualTo(200);
    }
}
