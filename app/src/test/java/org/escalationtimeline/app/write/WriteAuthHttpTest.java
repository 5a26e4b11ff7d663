package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.text;

/** Writes need {@code Authorization: Bearer <token>}; reads are open. */
class WriteAuthHttpTest extends WriteHttpTestBase {

    @Test
    void aWriteWithoutAuthorizationIsUnauthorized() {
        String id = id("measure");
        Reply reply = postBare("/api/measures", HttpRequest.BodyPublishers.ofString(text(measure(id))),
                "Content-Type", "application/json");
        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertNothingWasCreated(id);
    }

    @Test
    void aWriteWithAWrongTokenIsUnauthorized() {
        String id = id("measure");
        Reply reply = post("/api/measures", measure(id), "Authorization", "Bearer not-the-token");
        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertNothingWasCreated(id);
    }

    @Test
    void onlyABearerTokenIsAccepted() {
        assertProblem(post("/api/measures", measure(id("measure")), "Authorization", TOKEN), 401);
        assertProblem(post("/api/measures", measure(id("measure")), "Authorization", "Basic dGVzdDp0ZXN0LXRva2Vu"), 401);
        assertProblem(post("/api/measures", measure(id("measure")), "Authorization", "Bearer "), 401);
        assertProblem(post("/api/measures", measure(id("measure")), "Authorization", "Bearer test-token-and-more"), 401);
    }

    @Test
    void everyWriteEndpointNeedsTheToken() {
        String[] paths = {"/api/actors", "/api/measures", "/api/measures/threats", "/api/measures/m-1/announce",
                "/api/measures/m-1/tighten", "/api/measures/m-1/ease", "/api/measures/m-1/lift", "/api/statements",
                "/api/statements/s-1/retraction-demands", "/api/statements/s-1/refusals",
                "/api/statements/s-1/retraction", "/api/protests", "/api/protests/p-1/responses", "/api/calls",
                "/api/meetings", "/api/meetings/m-1/held", "/api/meetings/m-1/cancel", "/api/incidents",
                "/api/records/00000000-0000-0000-0000-000000000000/corrections",
                "/api/records/00000000-0000-0000-0000-000000000000/retraction"};
        for (String path : paths) {
            Reply reply = postBare(path, HttpRequest.BodyPublishers.ofString("{}"), "Content-Type", "application/json");
            assertThat(reply.status()).as("POST %s without a token: %s", path, reply).isEqualTo(401);
            assertThat(reply.contentType()).as("POST %s", path).startsWith(PROBLEM_JSON);
        }
    }

    @Test
    void theRightTokenIsAcceptedWhateverTheSchemesCase() {
        String id = id("measure");
        Reply reply = post("/api/measures", measure(id), "Authorization", "bearer " + TOKEN);
        assertWritten(reply, id, "MeasureAnnounced", 0, "/api/measures/" + id);
    }

    @Test
    void readsNeedNoToken() {
        Reply health = get("/actuator/health");
        assertThat(health.status()).as("%s", health).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");

        // A read of the API is never refused for want of a token, whatever else it answers.
        Reply read = get("/api/measures/" + id("measure"));
        assertThat(read.status()).as("%s", read).isNotIn(401, 403);
    }

    @Test
    void aWrongTokenIsNamedAsSuchAndAReadIgnoresIt() {
        Reply write = post("/api/measures", measure(id("measure")), "Authorization", "Bearer not-the-token");
        JsonNode problem = assertProblem(write, 401);
        assertThat(problem.path("detail").asText()).isEqualTo("the bearer token is not valid");
        assertThat(write.header("WWW-Authenticate")).startsWith("Bearer realm=\"escalation-timeline\"")
                .contains("error=\"invalid_token\"");

        // Reads are open: a stale token sent along is no reason to refuse one.
        Reply read = HttpTestClient.send(http().request("/api/actors", "Authorization", "Bearer not-the-token")
                .GET().build());
        assertThat(read.status()).as("%s", read).isEqualTo(200);
    }

    /** The refused create left no trace: the id is still free. */
    private void assertNothingWasCreated(String id) {
        assertWritten(post("/api/measures", measure(id)), id, "MeasureAnnounced", 0, "/api/measures/" + id);
    }
}
