package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that write at once over HTTP for a while: each appends telephone calls between two
 * actors, one after the other, and keeps the receipt of every write the service acknowledged.
 */
final class ConcurrentWriters implements AutoCloseable {

    private final HttpTestClient http;
    private final String a;
    private final String b;
    private final List<ReadHttpClient.Appended> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService threads;
    private final List<Future<?>> writers = new ArrayList<>();

    private ConcurrentWriters(HttpTestClient http, String a, String b, int count) {
        this.http = http;
        this.a = a;
        this.b = b;
        this.threads = Executors.newFixedThreadPool(count);
    }

    /** {@code count} clients writing calls between {@code a} and {@code b} for {@code during}. */
    static ConcurrentWriters start(HttpTestClient http, String a, String b, int count, Duration during) {
        ConcurrentWriters writers = new ConcurrentWriters(http, a, b, count);
        Instant until = Instant.now().plus(during);
        for (int i = 0; i < count; i++) {
            writers.writers.add(writers.threads.submit(() -> {
                while (Instant.now().isBefore(until)) {
                    writers.acknowledged.add(writers.writeOne());
                }
                return null;
            }));
        }
        return writers;
    }

    /** One more call between the two actors, written by the caller; its receipt is kept like the others'. */
    ReadHttpClient.Appended writeOne() {
        Reply reply = http.post("/api/calls", ReadHttpClient.call("call-" + UUID.randomUUID().toString().substring(0, 13),
                "2026-03-02", a, b));
        assertThat(reply.status()).as("an acknowledged write: %s", reply).isEqualTo(201);
        JsonNode event = reply.json().path("events").path(0);
        return new ReadHttpClient.Appended(reply.json().path("id").asText(),
                UUID.fromString(event.path("eventId").asText()), event.path("type").asText(),
                event.path("position").asLong(), Instant.parse(event.path("recordedAt").asText()));
    }

    boolean done() {
        return writers.stream().allMatch(Future::isDone);
    }

    int count() {
        return acknowledged.size();
    }

    /** Every acknowledged write so far; once {@link #done()}, all of them (and a writer's failure is thrown). */
    List<ReadHttpClient.Appended> acknowledged() throws Exception {
        if (done()) {
            for (Future<?> writer : writers) {
                writer.get();
            }
        }
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    long lastPosition() throws Exception {
        return acknowledged().stream().mapToLong(ReadHttpClient.Appended::position).max().orElse(-1);
    }

    @Override
    public void close() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
    }
}
