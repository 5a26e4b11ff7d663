package org.escalationtimeline.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.escalationtimeline.app.support.HttpTestClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.escalationtimeline.app.support.HttpTestClient.poll;

/**
 * The service as a new user meets it: started on an empty store, which it fills with the bundled
 * data set. Subclasses share this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"timeline.api-token=" + LoadedServiceTestBase.TOKEN, "timeline.read-model.reconcile-ms=200"})
// Spring Boot's tests leave metrics export, so /actuator/prometheus, out unless told; the service has them.
@AutoConfigureObservability(tracing = false)
abstract class LoadedServiceTestBase {

    static final String TOKEN = "admin-test-token";
    static final int DEVELOPMENTS_IN_DATA_SET = 76;
    static final ObjectMapper JSON = HttpTestClient.JSON;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        String dir = "target/test-data/loaded-" + UUID.randomUUID().toString().substring(0, 8);
        registry.add("timeline.data-dir", () -> dir);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String json, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withToken) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        return send(request.build());
    }

    HttpResponse<String> admin(String method) {
        return send(HttpRequest.newBuilder(uri("/api/admin/replay")).header("Authorization", "Bearer " + TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the projection to show the whole data set: it is filled asynchronously after start. */
    void awaitDataSet() throws InterruptedException {
        poll(Duration.ofSeconds(60), () -> json(get("/api/events?limit=1000")).path("items").size(),
                listed -> listed >= DEVELOPMENTS_IN_DATA_SET, listed -> new AssertionError(
                        "the data set did not show in the event list within 60 s"));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
