package org.escalationtimeline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The service's HTTP API as a client sees it. One instance holds one {@link HttpClient}, and so its own connections:
 * each load thread takes its own, as separate clients would.
 */
final class Api {

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Api(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    Api copy() {
        return new Api(base, token);
    }

    record Response(int status, String body, long nanos) {
        boolean ok() {
            return status == 200 || status == 201;
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Response getWithToken(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).GET());
    }

    Response post(String path, byte[] json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
    }

    /** An NDJSON body, answered line by line; {@code lines} gets each answer line as it arrives. */
    int importLines(byte[] ndjson, java.util.function.Consumer<String> lines) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/import"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofHours(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)).build();
        try {
            HttpResponse<java.util.stream.Stream<String>> response = http.send(request,
                    HttpResponse.BodyHandlers.ofLines());
            try (var body = response.body()) {
                body.forEach(lines);
            }
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), System.nanoTime() - started);
        } catch (IOException e) {
            return new Response(-1, e.toString(), System.nanoTime() - started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
