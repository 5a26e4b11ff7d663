package org.escalationtimeline.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/stream: Server-Sent Events whose id is the position; catches up from Last-Event-ID, then goes live. */
class EventStreamTest extends LoadedServiceTestBase {

    @Test
    void aReconnectingClientGetsWhatItMissedInOrderThenWhatIsAppendedLive() throws Exception {
        awaitDataSet();
        JsonNode items = json(get("/api/events?limit=1000&asOf=2026-12-31")).path("items");
        long last = items.get(items.size() - 1).path("position").asLong();
        long resumeAfter = last - 2;

        HttpResponse<Stream<String>> response = HTTP.send(HttpRequest.newBuilder(uri("/api/stream"))
                .header("Last-Event-ID", Long.toString(resumeAfter)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        Iterator<String> lines = response.body().iterator();

        Sse connected = next(lines);
        assertThat(connected.name()).isEqualTo("connected");
        assertThat(connected.id()).as("it starts after the id the client gave").isEqualTo(resumeAfter);
        assertThat(JSON.readTree(connected.data()).path("after").asLong()).isEqualTo(resumeAfter);

        List<Sse> missed = List.of(next(lines), next(lines));
        assertThat(missed).extracting(Sse::id).containsExactly(resumeAfter + 1, resumeAfter + 2);
        for (Sse event : missed) {
            JsonNode data = JSON.readTree(event.data());
            assertThat(data.path("position").asLong()).isEqualTo(event.id());
            assertThat(data.path("type").asText()).isEqualTo(event.name());
        }

        HttpResponse<String> appended = post("/api/actors", "{\"code\":\"NLD\",\"name\":\"Netherlands\",\"kind\":\"STATE\"}",
                true);
        assertThat(appended.statusCode()).isIn(200, 201);
        long position = json(appended).path("events").get(0).path("position").asLong();
        Sse live = next(lines);
        assertThat(live.id()).isEqualTo(position);
        assertThat(live.name()).isEqualTo("ActorRegistered");
        assertThat(JSON.readTree(live.data()).path("event").path("code").asText()).isEqualTo("NLD");
        response.body().close();
    }

    @Test
    void aBadLastEventIdIsAProblemNamingIt() {
        HttpResponse<String> response = send("/api/stream", "Last-Event-ID", "yesterday");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("field").asText()).isEqualTo("Last-Event-ID");
    }

    private HttpResponse<String> send(String path, String header, String value) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri(path)).header(header, value).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Sse(long id, String name, String data) {
    }

    /** The next event of the stream, skipping heartbeat comments; fails after 20 s. */
    private static Sse next(Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            Long id = null;
            String name = null;
            List<String> data = new ArrayList<>();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isEmpty()) {
                    if (id != null) {
                        return new Sse(id, name, String.join("\n", data));
                    }
                    continue;
                }
                if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).strip());
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5));
                }
            }
            throw new AssertionError("the stream ended");
        }).get(20, TimeUnit.SECONDS);
    }
}
