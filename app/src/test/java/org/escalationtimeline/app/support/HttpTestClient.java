package org.escalationtimeline.app.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The running service over real HTTP, as the HTTP tests' bases talk to it: requests to
 * {@code localhost:<port>} (60 s each, HTTP/1.1), writes as JSON with the bearer token, answers
 * as {@link Reply}s, JSON bodies built with {@link #obj} and {@link #arr}, and {@link #poll}ing
 * until the asynchronous read side shows what a test waits for.
 */
public final class HttpTestClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final int port;
    private final String token;

    /** A client of the service listening on {@code port} that writes with {@code token}. */
    public HttpTestClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** An answer: status, headers, body as text. */
    public record Reply(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        /** The body as NDJSON: one JSON value a line. */
        public List<JsonNode> ndjson() {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : body.split("\n", -1)) {
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    lines.add(JSON.readTree(line));
                } catch (JsonProcessingException e) {
                    throw new AssertionError("not a JSON line: " + line + " in " + body, e);
                }
            }
            return lines;
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + headers.map() + " " + body;
        }
    }

    // ---------------------------------------------------------------- requests

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A request to {@code path} with the usual timeout and these headers (name, value, name, value…). */
    public HttpRequest.Builder request(String path, String... headerPairs) {
        return withHeaders(HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT), headerPairs);
    }

    public Reply get(String path, String... headerPairs) {
        return send(request(path, headerPairs).GET().build());
    }

    /**
     * POST with the bearer token and {@code Content-Type: application/json}, then these headers (which
     * may replace either); the body is a JSON value or raw text.
     */
    public Reply post(String path, Object body, String... headerPairs) {
        HttpRequest.Builder request = request(path)
                .setHeader("Content-Type", "application/json")
                .setHeader("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(text(body), StandardCharsets.UTF_8));
        return send(withHeaders(request, headerPairs).build());
    }

    /** POST exactly as built: no header but these is added. */
    public Reply postBare(String path, HttpRequest.BodyPublisher body, String... headerPairs) {
        return send(request(path, headerPairs).POST(body).build());
    }

    public static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headerPairs) {
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.setHeader(headerPairs[i], headerPairs[i + 1]);
        }
        return request;
    }

    // ---------------------------------------------------------------- JSON

    /** A body as text: a String as it is, anything else as JSON. */
    public static String text(Object body) {
        if (body instanceof String raw) {
            return raw;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A JSON object of these fields (name, value, name, value…); a null value is JSON null. */
    public static ObjectNode obj(Object... pairs) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.set((String) pairs[i], pairs[i + 1] == null ? JSON.nullNode() : JSON.valueToTree(pairs[i + 1]));
        }
        return node;
    }

    public static ArrayNode arr(Object... values) {
        return JSON.valueToTree(Arrays.asList(values));
    }

    public static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    // ---------------------------------------------------------------- waiting

    /**
     * Reads, every 50 ms, until what is read satisfies {@code until}, and answers it; once
     * {@code timeout} has passed, throws the error {@code timedOut} makes of the last read.
     */
    public static <T> T poll(Duration timeout, Supplier<T> read, Predicate<? super T> until,
            Function<? super T, ? extends AssertionError> timedOut) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T last = read.get();
            if (until.test(last)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                throw timedOut.apply(last);
            }
            pause(50);
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
