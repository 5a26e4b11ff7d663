package org.escalationtimeline.app.importing;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.importing.ImportBodies.actor;
import static org.escalationtimeline.app.importing.ImportBodies.code;
import static org.escalationtimeline.app.importing.ImportBodies.padded;
import static org.escalationtimeline.app.importing.ImportLineBoundsHttpTest.assertWritten;
import static org.escalationtimeline.app.importing.ImportLineBoundsHttpTest.summary;

/**
 * POST /api/import bounds the whole body by {@code timeline.import.max-body} (4 KiB here): a declared
 * length over it is refused up front with a 413 problem and nothing is written; a chunked body that
 * grows past it stops there, the lines before the cap written, the final line a summary of them with
 * the 413 problem that says the body was cut.
 * <p>
 * A context of its own (for its small cap), closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"timeline.api-token=" + ImportBodyBoundsHttpTest.TOKEN, "timeline.dataset.load=false",
                "timeline.import.max-body=4KB"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ImportBodyBoundsHttpTest {

    static final String TOKEN = "test-token";
    static final int MAX_BODY = 4096;
    static final String NDJSON = "application/x-ndjson";

    private static final String DATA_DIR = "target/test-data/import-bounds-" + UUID.randomUUID().toString().substring(0, 8);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("timeline.data-dir", () -> DATA_DIR);
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedUpFrontAndNothingIsWritten() {
        String a = code();
        String body = actor(a) + "\n" + padded(actor(code()), MAX_BODY) + "\n";

        // Asking for the NDJSON answer still gets the problem.
        Reply reply = send(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), "Accept", NDJSON);

        assertThat(reply.status()).as("%s", reply).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asText()).isEqualTo("/problems/body-too-large");
        assertThat(reply.json().path("detail").asText()).contains(String.valueOf(MAX_BODY));
        assertThat(importChunked(actor(a) + "\n").get(0).path("status").asInt())
                .as("its first line was not written: importing it now appends it").isEqualTo(201);
    }

    @Test
    void aChunkedBodyThatGrowsPastTheCapStopsThereKeepingTheLinesBeforeIt() {
        String a = code();
        String b = code();
        String c = code();
        String d = code();
        String before = actor(a) + "\n" + actor(b) + "\n";
        // The third line starts before the cap and ends after it; the fourth lies wholly past it.
        String body = before + padded(actor(c), MAX_BODY - before.length()) + "\n" + actor(d) + "\n";

        List<JsonNode> answer = importChunked(body);

        assertThat(answer).hasSize(3);
        assertWritten(answer.get(0), 1, a);
        assertWritten(answer.get(1), 2, b);
        JsonNode last = answer.get(2);
        assertThat(last.path("summary")).isEqualTo(summary(2, 2, 0, 0).path("summary"));
        assertThat(last.path("problem").path("status").asInt()).as("%s", last).isEqualTo(413);
        assertThat(last.path("problem").path("type").asText()).isEqualTo("/problems/body-too-large");
        assertThat(last.path("problem").path("detail").asText()).contains(String.valueOf(MAX_BODY));
        assertThat(importChunked(actor(c) + "\n" + actor(d) + "\n"))
                .as("the lines at and past the cap were not written: importing them now appends them")
                .extracting(result -> result.path("status").asInt()).startsWith(201, 201);
    }

    @Test
    void aChunkedBodyOfExactlyTheCapIsImportedWhole() {
        String a = code();
        String b = code();
        String first = actor(a) + "\n";
        String body = first + padded(actor(b), MAX_BODY - first.length() - 1) + "\n";
        assertThat(body.length()).isEqualTo(MAX_BODY);

        List<JsonNode> answer = importChunked(body);

        assertWritten(answer.get(0), 1, a);
        assertWritten(answer.get(1), 2, b);
        assertThat(answer.get(2)).isEqualTo(summary(2, 2, 0, 0));
    }

    // ---------------------------------------------------------------- HTTP

    private List<JsonNode> importChunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // No length is declared, so the body goes chunked.
        Reply reply = send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.ndjson();
    }

    private Reply send(HttpRequest.BodyPublisher body, String... headerPairs) {
        HttpRequest.Builder request = new HttpTestClient(port, TOKEN).request("/api/import",
                "Content-Type", NDJSON, "Authorization", "Bearer " + TOKEN);
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.setHeader(headerPairs[i], headerPairs[i + 1]);
        }
        return HttpTestClient.send(request.POST(body).build());
    }
}
