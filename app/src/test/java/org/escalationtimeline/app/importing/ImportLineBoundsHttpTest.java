package org.escalationtimeline.app.importing;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.dataset.LoadedDatasetHttpTestBase;
import org.escalationtimeline.app.support.GeneratedBody;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.importing.ImportBodies.actor;
import static org.escalationtimeline.app.importing.ImportBodies.code;
import static org.escalationtimeline.app.importing.ImportBodies.padded;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * POST /api/import bounds each line: at most 64 KiB (its line end aside), read strictly as UTF-8.
 * A longer line is answered 413 {@code /problems/line-too-long} and skipped as it arrives, never
 * held; a line that is not UTF-8 is answered 400; the lines around either are imported.
 * <p>
 * Shares the data set's context; every line registers an actor of its own.
 */
class ImportLineBoundsHttpTest extends LoadedDatasetHttpTestBase {

    static final int MAX_LINE = 64 * 1024;

    @Test
    void aLineOneByteOverSixtyFourKibIsRefusedAndTheLinesAroundItAreImported() {
        String a = code();
        String b = code();
        String c = code();

        Reply reply = importLines(actor(a) + "\n" + padded(actor(b), MAX_LINE + 1) + "\n" + actor(c) + "\n");
        List<JsonNode> answer = reply.ndjson();

        assertThat(answer).as("%s", reply).hasSize(4);
        assertWritten(answer.get(0), 1, a);
        assertLineTooLong(answer.get(1), 2);
        assertWritten(answer.get(2), 3, c);
        assertThat(answer.get(3)).isEqualTo(summary(3, 2, 0, 1));
        assertThat(importLines(actor(b)).ndjson().get(0).path("status").asInt())
                .as("the refused line was not written: importing it now appends it").isEqualTo(201);
    }

    @Test
    void aLineOfSixtyFourKibEndedByCrLfIsImported() {
        String a = code();
        String b = code();

        Reply reply = importLines(padded(actor(a), MAX_LINE) + "\r\n" + actor(b) + "\r\n");
        List<JsonNode> answer = reply.ndjson();

        assertThat(answer).as("%s", reply).hasSize(3);

        assertWritten(answer.get(0), 1, a);
        assertWritten(answer.get(1), 2, b);
        assertThat(answer.get(2)).isEqualTo(summary(2, 2, 0, 0));
    }

    @Test
    void aFiftyMibLineSentInChunksIsRefusedByTheLineCapAndTheNextLineIsImported() {
        String a = code();
        String b = code();
        String head = "{\"command\":\"RegisterActor\",\"code\":\"" + a + "\",\"kind\":\"STATE\",\"name\":\"";
        String tail = "\"}\n" + actor(b) + "\n";
        // No length is declared, so the body goes chunked, made as it is sent.
        Reply reply = importBody(HttpRequest.BodyPublishers.ofInputStream(
                () -> GeneratedBody.of(head, 50L << 20, (byte) 'a', tail)));

        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
        List<JsonNode> answer = reply.ndjson();
        assertThat(answer).hasSize(3);
        assertLineTooLong(answer.get(0), 1);
        assertWritten(answer.get(1), 2, b);
        assertThat(answer.get(2)).isEqualTo(summary(2, 1, 0, 1));
    }

    @Test
    void aLineThatIsNotUtf8IsRefusedRatherThanRepaired() {
        String a = code();
        String b = code();
        String c = code();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes((actor(a) + "\n").getBytes(StandardCharsets.UTF_8));
        // "State Xé" written in Latin-1: 0xE9 starts a UTF-8 sequence that the quote after it breaks.
        body.writeBytes(actor(b).replace("State " + b, "State \u00e9").getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(("\n" + actor(c) + "\n").getBytes(StandardCharsets.UTF_8));

        Reply reply = importBody(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));

        List<JsonNode> answer = reply.ndjson();
        assertWritten(answer.get(0), 1, a);
        assertThat(answer.get(1).path("line").asInt()).isEqualTo(2);
        assertThat(answer.get(1).path("status").asInt()).as("%s", answer.get(1)).isEqualTo(400);
        assertThat(answer.get(1).path("problem").path("type").asText()).isEqualTo("/problems/malformed-json");
        assertThat(answer.get(1).path("problem").path("detail").asText()).contains("UTF-8");
        assertWritten(answer.get(2), 3, c);
        assertThat(answer.get(3)).isEqualTo(summary(3, 2, 0, 1));
    }

    @Test
    void aChunkedBodyThatBreaksOffIsAProblemDetailNotAnHtmlPage() throws IOException {
        String line = actor(code()) + "\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream request = socket.getOutputStream();
            // One good chunk, then a chunk header that is not hexadecimal: the connector cannot read the body on.
            request.write(("POST /api/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: " + NDJSON + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(line.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + line + "\r\n"
                    + "zz\r\n").getBytes(StandardCharsets.UTF_8));
            request.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).as("never Spring Boot's or Tomcat's HTML page").doesNotContainIgnoringCase("<html");
            List<JsonNode> lines = answer.lines().filter(text -> text.startsWith("{"))
                    .map(ImportLineBoundsHttpTest::tree).toList();
            if (answer.startsWith("HTTP/1.1 200")) {
                // Line 1 was answered before the broken chunk was read: the answer ends without a summary.
                assertThat(lines).as(answer).noneMatch(result -> result.has("summary"));
            } else {
                assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json");
                assertThat(lines).as(answer).hasSize(1);
                assertThat(lines.get(0).path("type").asText()).isEqualTo("/problems/malformed-request");
                assertThat(lines.get(0).path("detail").asText()).contains("Invalid chunk header");
            }
        }
    }

    private Reply importBody(HttpRequest.BodyPublisher body) {
        return HttpTestClient.send(http().request("/api/import", "Content-Type", NDJSON,
                "Authorization", "Bearer " + TOKEN).POST(body).build());
    }

    // ---------------------------------------------------------------- assertions

    private static JsonNode tree(String json) {
        try {
            return HttpTestClient.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static void assertWritten(JsonNode result, int line, String code) {
        assertThat(result.path("line").asInt()).as("%s", result).isEqualTo(line);
        assertThat(result.path("status").asInt()).as("%s", result).isEqualTo(201);
        assertThat(result.path("id").asText()).isEqualTo(code);
    }

    static void assertLineTooLong(JsonNode result, int line) {
        assertThat(result.path("line").asInt()).as("%s", result).isEqualTo(line);
        assertThat(result.path("status").asInt()).as("%s", result).isEqualTo(413);
        assertThat(result.path("problem").path("type").asText()).isEqualTo("/problems/line-too-long");
        assertThat(result.path("problem").path("status").asInt()).isEqualTo(413);
        assertThat(result.path("problem").path("detail").asText()).contains(String.valueOf(MAX_LINE));
    }

    static JsonNode summary(int lines, int appended, int repeated, int failed) {
        return obj("summary", obj("lines", lines, "appended", appended, "repeated", repeated, "failed", failed));
    }
}
