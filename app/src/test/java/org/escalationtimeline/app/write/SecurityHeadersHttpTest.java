package org.escalationtimeline.app.write;

import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.text;

/**
 * Every answer carries the usual security headers (no sniffing of content types, no framing, no
 * referrer, scripts and styles only from the service itself), and none opens a session: the token is the only credential, sent with each write.
 */
class SecurityHeadersHttpTest extends WriteHttpTestBase {

    @Test
    void readsWritesAndRefusalsCarryTheSecurityHeaders() {
        Reply read = get("/api/actors");
        Reply written = post("/api/actors", ACTORS.get(0));
        Reply refused = postBare("/api/actors", HttpRequest.BodyPublishers.ofString(text(ACTORS.get(0))),
                "Content-Type", "application/json");
        Reply rejected = get("/api;x/actors");
        Reply page = get("/swagger-ui/index.html");
        Reply webPage = get("/");
        assertThat(List.of(read.status(), written.status(), refused.status(), rejected.status(), page.status(),
                webPage.status())).containsExactly(200, 200, 401, 400, 200, 200);
        for (Reply reply : List.of(read, written, refused, rejected, page, webPage)) {
            // Scripts only from the service itself; inline styles only for Swagger UI's bundle.
            assertThat(reply.header("Content-Security-Policy")).as("%s", reply)
                    .startsWith("default-src 'self';").doesNotContain("script-src");
            if (reply != page) {
                assertThat(reply.header("Content-Security-Policy")).as("%s", reply).doesNotContain("unsafe");
            }
            assertThat(reply.header("X-Content-Type-Options")).as("%s", reply).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).as("%s", reply).isEqualTo("DENY");
            assertThat(reply.header("Referrer-Policy")).as("%s", reply).isEqualTo("no-referrer");
        }
    }

    @Test
    void noAnswerOpensASessionOrAsksForAPassword() {
        List<Reply> replies = List.of(
                get("/api/actors"),
                post("/api/actors", ACTORS.get(0)),
                postBare("/api/actors", HttpRequest.BodyPublishers.ofString(text(ACTORS.get(0))),
                        "Content-Type", "application/json"),
                post("/api/actors", ACTORS.get(0), "Authorization", "Bearer not-the-token"),
                post("/api/actors", ACTORS.get(0), "Authorization", "Basic dGVzdDp0ZXN0LXRva2Vu"),
                HttpTestClient.send(http().request("/api/admin/replay").GET().build()),
                get("/login"));
        for (Reply reply : replies) {
            assertThat(reply.header("Set-Cookie")).as("%s", reply).isNull();
            assertThat(reply.headers().allValues("WWW-Authenticate")).as("%s", reply)
                    .allSatisfy(challenge -> assertThat(challenge).startsWith("Bearer realm=\"escalation-timeline\""));
            assertThat(reply.status()).as("%s", reply).isNotIn(302, 303);
        }
        assertThat(replies.get(replies.size() - 1).status()).as("no login page").isEqualTo(404);
    }
}
