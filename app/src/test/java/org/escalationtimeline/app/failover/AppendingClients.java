package org.escalationtimeline.app.failover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.app.support.HttpTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * Clients appending developments to a cluster, as behind a load balancer: each starts on one node and, when its node
 * does not answer (refused, or no answer within {@link #WRITE_TIMEOUT}) or fails, sends the same write to the next
 * node. The same write again is safe: a development's id makes it idempotent. Between them they make {@code writes}
 * writes, telephone calls and statements among China, Japan and the United States, and keep every acknowledgement.
 */
final class AppendingClients implements AutoCloseable {

    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> ACTORS = List.of("CHN", "JPN", "USA");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** A write the service acknowledged (201, or 200 for one it already held) and the event its receipt names. */
    record Acknowledged(String developmentId, String eventId, long position, int status, int port) {
    }

    private final List<Integer> ports;
    private final String token;
    private final String idPrefix;
    private final int writes;
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final ExecutorService threads;
    private final List<Future<?>> clients = new ArrayList<>();

    private AppendingClients(List<Integer> ports, String token, String idPrefix, int clients, int writes) {
        this.ports = List.copyOf(ports);
        this.token = token;
        this.idPrefix = idPrefix;
        this.writes = writes;
        this.threads = Executors.newFixedThreadPool(clients);
    }

    /** {@code clients} clients, spread over the nodes listening on {@code ports}, making {@code writes} writes. */
    static AppendingClients start(List<Integer> ports, String token, String idPrefix, int clients, int writes) {
        AppendingClients load = new AppendingClients(ports, token, idPrefix, clients, writes);
        for (int i = 0; i < clients; i++) {
            int first = i % ports.size();
            load.clients.add(load.threads.submit(() -> load.run(first)));
        }
        return load;
    }

    private Void run(int first) throws InterruptedException {
        int node = first;
        for (int n = issued.getAndIncrement(); n < writes; n = issued.getAndIncrement()) {
            ObjectNode body = development(n);
            String path = n % 2 == 0 ? "/api/calls" : "/api/statements";
            long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (true) {
                int port = ports.get(node);
                Acknowledged ack = send(port, path, body);
                if (ack != null) {
                    acknowledged.add(ack);
                    break;
                }
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("no node acknowledged " + body);
                }
                retried.incrementAndGet();
                node = (node + 1) % ports.size();
                Thread.sleep(100);
            }
        }
        return null;
    }

    /** The acknowledgement, or null when the node did not answer or failed. */
    private Acknowledged send(int port, String path, ObjectNode body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(WRITE_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(HttpTestClient.text(body))).build();
        // The request's own timeout ends at the answer's headers: a node frozen in the middle of its answer would
        // hold the client for as long as it is frozen. The whole exchange is bounded instead.
        CompletableFuture<HttpResponse<String>> exchange = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response = exchange.get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() == 201 || response.statusCode() == 200) {
                JsonNode event = HttpTestClient.JSON.readTree(response.body()).path("events").path(0);
                return new Acknowledged(body.path("id").asText(), event.path("eventId").asText(),
                        event.path("position").asLong(), response.statusCode(), port);
            }
            if (response.statusCode() < 500) {
                throw new IllegalStateException("a write refused: " + response.statusCode() + " " + response.body());
            }
            return null;
        } catch (TimeoutException | ExecutionException unanswered) {
            exchange.cancel(true);
            return null;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private ObjectNode development(int n) {
        String actor = ACTORS.get(n % 3);
        String other = ACTORS.get((n + 1) % 3);
        String date = "2026-02-%02d".formatted(1 + n % 28);
        ObjectNode source = obj("publication", "Example Daily", "publishedOn", date);
        String id = idPrefix + "-" + n;
        if (n % 2 == 0) {
            return obj("id", id, "participants", arr(actor, other), "date", date,
                    "summary", "Leaders speak by telephone", "sources", arr(source));
        }
        return obj("id", id, "actor", actor, "speaker", "The Foreign Minister", "about", arr(other),
                "tone", n % 4 == 1 ? "CRITICAL" : "CONCILIATORY", "topic", "export controls", "datePrecision", "DAY",
                "date", date, "summary", actor + " speaks about " + other, "sources", arr(source));
    }

    int acknowledgedSoFar() {
        return acknowledged.size();
    }

    /** Writes sent again to another node because the first did not answer. */
    int retried() {
        return retried.get();
    }

    /** Waits for every write to be acknowledged and answers the acknowledgements; a client's failure is thrown. */
    List<Acknowledged> awaitAll(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<?> client : clients) {
            try {
                client.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("the clients' writes were not all acknowledged within " + timeout + ": "
                                         + acknowledged.size() + " of " + writes, e);
            }
        }
        return List.copyOf(acknowledged);
    }

    @Override
    public void close() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
    }
}
