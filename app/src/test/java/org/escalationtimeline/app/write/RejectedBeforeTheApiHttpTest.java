package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the servlet container refuses before the API sees them (an encoded {@code /}, a
 * {@code NUL}, a character no URI may hold, an overlong request line or header) are answered
 * with a problem detail too, not with the container's HTML page. They are written on a plain
 * socket: an HTTP client would refuse or repair them.
 */
class RejectedBeforeTheApiHttpTest extends WriteHttpTestBase {

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("an encoded slash", "GET /api/actors%2FCHN HTTP/1.1\r\n", 400),
                Arguments.of("an encoded slash in a write", "POST /api%2Factors HTTP/1.1\r\nContent-Length: 0\r\n", 400),
                Arguments.of("an encoded NUL", "GET /api/actors%00 HTTP/1.1\r\n", 400),
                Arguments.of("a character no URI may hold", "GET /api/actors/<CHN> HTTP/1.1\r\n", 400),
                Arguments.of("a request line over 8 KiB", "GET /api/actors?q=" + "a".repeat(10_000) + " HTTP/1.1\r\n", 414),
                Arguments.of("a header over 8 KiB", "GET /api/actors HTTP/1.1\r\nX-Padding: " + "a".repeat(10_000) + "\r\n", 431),
                Arguments.of("a header that is not one", "GET /api/actors HTTP/1.1\r\nno colon here\r\n", 400));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("requests")
    void aRequestTheServerRefusesIsAnsweredWithAProblem(String what, String head, int status) {
        RawReply reply = send(head + "Host: localhost\r\nConnection: close\r\n\r\n");
        assertThat(reply.status()).as("%s: %s", what, reply).isEqualTo(status);
        assertThat(reply.headers().get("content-type")).as("%s: %s", what, reply).startsWith(PROBLEM_JSON);
        JsonNode problem = json(reply);
        assertThat(problem.path("status").asInt()).as("%s", problem).isEqualTo(status);
        assertThat(problem.path("type").asText()).as("%s", problem).startsWith("/problems/");
        assertThat(problem.path("title").asText()).as("%s", problem).isNotBlank();
        assertThat(problem.path("detail").asText()).as("%s", problem).isNotBlank();
        assertThat(reply.body()).as("no server name or version is told").doesNotContainIgnoringCase("tomcat");
    }

    /** A status, headers by lower-case name, and a body (chunks joined). */
    record RawReply(int status, Map<String, String> headers, String body) {
    }

    private RawReply send(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) HttpTestClient.REQUEST_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // The server may reset the connection once it has answered a request it refused.
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    private static RawReply parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        assertThat(end).as("a complete head: %s", raw).isPositive();
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String body = raw.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunked(body);
        }
        return new RawReply(status, headers, body);
    }

    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static JsonNode json(RawReply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + reply, e);
        }
    }
}
