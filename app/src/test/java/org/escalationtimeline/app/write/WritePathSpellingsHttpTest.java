package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.text;

/**
 * Every spelling of a write's path that the servlet container or Spring MVC would take for the
 * API's own path still needs the token: a {@code ;} parameter, a percent-encoded letter or dot,
 * {@code //}, {@code /./}, {@code /../}, another case. Paths not in their plain form are refused
 * outright (400); the others reach the token check (401). Either way nothing is written, and the
 * answer is a problem detail.
 */
class WritePathSpellingsHttpTest extends WriteHttpTestBase {

    private static final int LIMIT = 64 * 1024;

    @ParameterizedTest(name = "POST {0} without a token -> {1}")
    @CsvSource({
            "/api;x/actors, 400",
            "/api;/actors, 400",
            "/api/actors;x, 400",
            "/api/actors;, 400",
            "/api/actors%3Bx, 400",
            "/api/%2e/actors, 400",
            "/api/%2E/actors, 400",
            "/api/./actors, 400",
            "/api/x/../actors, 400",
            "/api/x/%2e%2e/actors, 400",
            "//api/actors, 400",
            "/api//actors, 400",
            "/%61pi/actors, 401",
            "/api/%61ctors, 401",
            "/%61%70%69/%61%63%74%6f%72%73, 401",
            "/API/actors, 401",
            "/Api/Actors, 401",
            "/api/actors/, 401",
    })
    void aWriteUnderAnySpellingOfItsPathNeedsTheToken(String path, int status) {
        String code = unregisteredCode();
        ObjectNode actor = actorBody(code, "Somewhere", "STATE");
        Reply reply = postBare(path, HttpRequest.BodyPublishers.ofString(text(actor)), "Content-Type", "application/json");
        assertRefused(reply, status);
        // The same registration under the plain path is the first one: the refused one wrote nothing.
        assertWritten(post("/api/actors", actor), code, "ActorRegistered", 0, "/api/actors/" + code);
    }

    @ParameterizedTest(name = "{0} {1} without a token -> {2}")
    @CsvSource({
            "POST, /api;x/admin/replay, 400",
            "POST, /api/admin;x/replay, 400",
            "POST, /api/admin/replay;, 400",
            "POST, /api/%2e/admin/replay, 400",
            "POST, //api/admin/replay, 400",
            "POST, /%61pi/admin/replay, 401",
            "POST, /api/%61dmin/replay, 401",
            "POST, /api/admin/replay/, 401",
            "POST, /API/admin/replay, 401",
            "GET, /api;x/admin/replay, 400",
            "GET, /%61pi/admin/replay, 401",
            "GET, /api/%61dmin/replay, 401",
            "GET, /api/admin/replay/, 401",
    })
    void theAdministrationUnderAnySpellingOfItsPathNeedsTheToken(String method, String path, int status) {
        JsonNode before = progress();
        Reply reply = HttpTestClient.send(http().request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
        assertRefused(reply, status);
        if (status == 401) {
            assertThat(reply.body()).as("a refused read of the administration tells nothing of it")
                    .doesNotContain("liveGeneration");
        }
        JsonNode after = progress();
        assertThat(after.path("startedAt")).as("no rebuild was started: %s then %s", before, after)
                .isEqualTo(before.path("startedAt"));
        assertThat(after.path("liveGeneration")).isEqualTo(before.path("liveGeneration"));
    }

    @ParameterizedTest(name = "POST {0} with a body over 64 KiB -> {1}")
    @CsvSource({
            "/%61pi/measures, 413",
            "/api/%6deasures, 413",
            "/API/measures, 413",
            "/api;x/measures, 400",
            "/api/measures;x, 400",
            "//api/measures, 400",
    })
    void theBodyLimitHoldsUnderAnySpellingOfThePath(String path, int status) {
        String id = id("measure");
        Reply reply = post(path, padded(measure(id), LIMIT + 1));
        assertProblem(reply, status);
        assertWritten(post("/api/measures", measure(id)), id, "MeasureAnnounced", 0, "/api/measures/" + id);
    }

    private static void assertRefused(Reply reply, int status) {
        JsonNode problem = assertProblem(reply, status);
        if (status == 401) {
            assertThat(reply.header("WWW-Authenticate")).as("%s", reply).startsWith("Bearer");
            assertThat(problem.path("type").asText()).isEqualTo("/problems/unauthorized");
        }
        if (status == 400) {
            assertThat(problem.path("type").asText()).isEqualTo("/problems/request-rejected");
        }
    }

    private JsonNode progress() {
        Reply reply = HttpTestClient.send(http().request("/api/admin/replay", "Authorization", "Bearer " + TOKEN)
                .GET().build());
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    /** The JSON text of {@code body} padded with spaces to exactly {@code bytes} bytes. */
    private static String padded(ObjectNode body, int bytes) {
        String json = text(body);
        int length = json.getBytes(StandardCharsets.UTF_8).length;
        return json.substring(0, json.length() - 1) + " ".repeat(bytes - length) + "}";
    }
}
