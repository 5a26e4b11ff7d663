package org.escalationtimeline.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * The node under more than it takes at once: a burst of writes beyond {@code timeline.requests.max-concurrent-writes}
 * is answered 201 or 503 (never 500), and every 201 is in the store; the event stream turns away clients beyond
 * {@code timeline.stream.max-clients} and drops one that does not read once its buffer stays full.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "timeline.api-token=" + BoundedUnderLoadHttpTest.TOKEN, "timeline.dataset.load=false",
        "timeline.requests.max-concurrent-writes=4", "timeline.requests.max-wait=0s",
        "timeline.stream.max-clients=2", "timeline.stream.buffer=16", "timeline.stream.stall-timeout=2s"})
class BoundedUnderLoadHttpTest {

    static final String TOKEN = "bounded-test-token";
    private static final int BURST = 200;
    /** Events appended while a client does not read: some 450 bytes each as the stream sends them. */
    private static final int EVENTS = 200;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PROBLEM_JSON = "application/problem+json";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate store;

    /**
     * Small send buffers on the server's sockets: on loopback Linux grows them to megabytes, which a client that does
     * not read would take minutes of appends to fill. A deployed node drops such a client as surely, only later.
     */
    @TestConfiguration
    static class SmallSocketBuffers {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallSendBuffers() {
            return factory -> factory.addConnectorCustomizers(
                    connector -> connector.setProperty("socket.txBufSize", "8192"));
        }
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = "target/test-data/bounded-" + UUID.randomUUID().toString().substring(0, 8);
        registry.add("timeline.data-dir", () -> dir);
    }

    @Test
    void aBurstOf200WritesIsAnsweredCreatedOrBusyAndEveryCreatedOneIsInTheStore() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> codes = IntStream.range(0, BURST).mapToObj(i -> "BURST" + i).toList();
        List<CompletableFuture<HttpResponse<String>>> answers = codes.stream()
                .map(code -> http.sendAsync(HttpRequest.newBuilder(client().uri("/api/actors"))
                        .timeout(HttpTestClient.REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(HttpTestClient.text(
                                obj("code", code, "name", "Burst actor " + code, "kind", "STATE")))).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        Set<String> created = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (int i = 0; i < BURST; i++) {
            HttpResponse<String> answer = answers.get(i).join();
            String code = codes.get(i);
            assertThat(answer.statusCode()).as("answer to %s: %s", code, answer.body()).isIn(201, 503);
            if (answer.statusCode() == 201) {
                assertThat(json(answer.body()).path("id").asText()).isEqualTo(code);
                created.add(code);
            } else {
                assertThat(answer.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
                JsonNode problem = json(answer.body());
                assertThat(problem.path("status").asInt()).isEqualTo(503);
                assertThat(problem.path("type").asText()).isEqualTo("/problems/busy");
                assertThat(problem.path("requestId").asText()).isNotBlank();
                refused.add(code);
            }
        }
        System.out.printf("A burst of %d writes, 4 at once: %d created, %d answered busy%n", BURST, created.size(),
                refused.size());
        assertThat(created).as("writes let in").isNotEmpty();
        assertThat(refused).as("writes beyond the 4 at once that the node takes").isNotEmpty();

        Set<String> stored = new HashSet<>(store.queryForList(
                "SELECT aggregate_identifier FROM domain_event_entry WHERE aggregate_identifier LIKE ?",
                String.class, "BURST%"));
        assertThat(stored).as("every 201 is in the store, and nothing of a 503").isEqualTo(created);
    }

    @Test
    void theStreamTurnsAwayClientsBeyondItsCapAndDropsOneThatDoesNotRead() throws Exception {
        try (Socket idle = new Socket()) {
            // A client that never reads: its window closes once a few kilobytes are in flight.
            idle.setReceiveBufferSize(1024);
            idle.connect(new InetSocketAddress("localhost", port), 5000);
            OutputStream request = idle.getOutputStream();
            request.write(("GET /api/stream?after=0 HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            request.flush();
            StringBuilder received = new StringBuilder(readUntil(idle, "event:connected"));

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<Stream<String>> reading = http.send(HttpRequest.newBuilder(client().uri("/api/stream"))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(reading.statusCode()).isEqualTo(200);
            AtomicLong lastSeen = new AtomicLong(-1);
            Thread follower = new Thread(() -> reading.body().filter(line -> line.startsWith("id:"))
                    .forEach(line -> lastSeen.set(Long.parseLong(line.substring(3).strip()))));
            follower.setDaemon(true);
            follower.start();

            HttpResponse<String> turnedAway = http.send(HttpRequest.newBuilder(client().uri("/api/stream"))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(turnedAway.statusCode()).isEqualTo(503);
            assertThat(turnedAway.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
            assertThat(turnedAway.headers().firstValue("Retry-After")).hasValue("5");
            JsonNode problem = json(turnedAway.body());
            assertThat(problem.path("type").asText()).isEqualTo("/problems/busy");
            assertThat(problem.path("detail").asText()).contains("2 streams at most", "timeline.stream.max-clients");
            assertThat(problem.path("requestId").asText()).isNotBlank();

            // Far more than the sockets (some 25 KB), Tomcat's buffers (16 KB) and the 16 events buffered hold.
            long last = importActors(EVENTS);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(lastSeen.get())
                    .as("the client that reads gets every event").isEqualTo(last));
            await().atMost(PATIENCE).until(() -> {
                HttpResponse<Stream<String>> another = http.send(HttpRequest.newBuilder(client().uri("/api/stream"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
                another.body().close();
                return another.statusCode() == 200;
            });

            received.append(readToTheEnd(idle));
            assertThat(received).as("the idle client's response").startsWith("HTTP/1.1 200");
            long events = received.toString().lines().filter(line -> line.startsWith("id:")).count();
            assertThat(events).as("events the idle client got before it was dropped").isLessThan(EVENTS);
        }
    }

    /** Registers {@code count} actors with long names in one import; answers the position of the last. */
    private long importActors(int count) {
        String name = "A".repeat(200);
        String lines = IntStream.range(0, count)
                .mapToObj(i -> HttpTestClient.text(obj("command", "RegisterActor", "code", "SLOW" + i,
                        "name", name, "kind", "STATE")))
                .collect(Collectors.joining("\n"));
        Reply reply = client().post("/api/import", lines, "Content-Type", "application/x-ndjson");
        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> results = reply.ndjson();
        JsonNode summary = results.get(results.size() - 1).path("summary");
        assertThat(summary.path("appended").asInt()).as(reply.body()).isEqualTo(count);
        return results.get(results.size() - 2).path("events").get(0).path("position").asLong();
    }

    /** What the server sent up to and with {@code marker}, read byte by byte so that nothing after it is taken. */
    private static String readUntil(Socket socket, String marker) throws IOException {
        socket.setSoTimeout((int) PATIENCE.toMillis());
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        while (!received.toString(StandardCharsets.UTF_8).contains(marker)) {
            int b = in.read();
            assertThat(b).as("the stream ended before %s: %s", marker, received).isNotNegative();
            received.write(b);
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** What the server sent until it ended the response and closed the connection. */
    private static String readToTheEnd(Socket socket) throws IOException {
        socket.setSoTimeout((int) PATIENCE.toMillis());
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        in.transferTo(received);
        return received.toString(StandardCharsets.UTF_8);
    }

    private HttpTestClient client() {
        return new HttpTestClient(port, TOKEN);
    }

    private static JsonNode json(String body) {
        try {
            return HttpTestClient.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
