package org.escalationtimeline.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.app.write.Operations;
import org.escalationtimeline.app.write.WriteBodies;
import org.escalationtimeline.app.write.Writes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How reads at a cutoff behave as the store grows (DESIGN §10). Not part of the test suite:
 * run it with {@code mvn -B -pl app -am verify -Dtest=ReadLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbenchmarks=true} and copy its table into BENCHMARKS.md. It fills an embedded H2 store with
 * synthetic developments among 20 actors over 2010–2026, through the real write path, and times
 * each kind of read over HTTP at random cutoffs once the projection has caught up.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"timeline.dataset.load=false", "timeline.api-token=bench", "logging.level.root=WARN"})
class ReadLatencyBenchmark {

    private static final int[] SIZES = Arrays.stream(System.getProperty("bench.sizes", "1000,10000,30000")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    private static final int SAMPLES = 60;
    private static final List<ActorCode> ACTORS = List.of("CHN", "JPN", "USA", "KOR", "TWN", "DEU", "FRA", "GBR",
            "IND", "AUS", "NLD", "RUS", "BRA", "CAN", "ITA", "VNM", "PHL", "IDN", "MYS", "SGP").stream()
            .map(ActorCode::new).toList();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Writes writes;

    @Value("${local.server.port}")
    int port;

    private final Random random = new Random(2026);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        String dir = "target/test-data/bench-" + UUID.randomUUID().toString().substring(0, 8);
        registry.add("timeline.data-dir", () -> dir);
    }

    @Test
    void readLatencyAsTheStoreGrows() throws Exception {
        assumeTrue(Boolean.getBoolean("benchmarks"), "run with -Dbenchmarks=true");
        for (ActorCode actor : ACTORS) {
            writes.create(Operations.REGISTER_ACTOR, new WriteBodies.RegisterActorBody(actor, actor.value(),
                    ActorKind.STATE), null);
        }
        System.out.println("| developments | append/s | read | p50 ms | p95 ms |");
        System.out.println("|---|---|---|---|---|");
        int written = 0;
        for (int size : SIZES) {
            long started = System.nanoTime();
            int batch = size - written;
            while (written < size) {
                append(written++);
            }
            double appendRate = batch / ((System.nanoTime() - started) / 1e9);
            awaitProjected(size);
            for (String read : List.of("events", "stances", "timeline", "measure")) {
                long[] millis = new long[SAMPLES];
                for (int i = 0; i < SAMPLES; i++) {
                    String path = path(read, size);
                    long t = System.nanoTime();
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    millis[i] = (System.nanoTime() - t) / 1_000_000;
                    assertThat(response.statusCode()).as(path).isEqualTo(200);
                }
                Arrays.sort(millis);
                System.out.printf("| %d | %.0f | %s | %d | %d |%n", size, appendRate, read, millis[SAMPLES / 2],
                        millis[SAMPLES * 95 / 100]);
            }
        }
    }

    private void append(int n) {
        ActorCode actor = ACTORS.get(random.nextInt(ACTORS.size()));
        ActorCode target = ACTORS.get(random.nextInt(ACTORS.size()));
        while (target.equals(actor)) {
            target = ACTORS.get(random.nextInt(ACTORS.size()));
        }
        LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(6200));
        String summary = "Synthetic development " + n;
        switch (n % 4) {
            case 0 -> writes.create(Operations.ANNOUNCE_MEASURE, new WriteBodies.MeasureBody("m-" + n, actor,
                    List.of(target), MeasureKind.values()[n % MeasureKind.values().length], List.of("item"), null, date,
                    DatePrecision.DAY, summary, List.of(), null, null), null);
            case 1 -> writes.create(Operations.MAKE_STATEMENT, new WriteBodies.StatementBody("s-" + n, actor, "Spokesperson",
                    List.of(target), Tone.values()[n % Tone.values().length], "trade", date, DatePrecision.DAY, summary,
                    List.of(), null, null), null);
            case 2 -> writes.create(Operations.HOLD_CALL, new WriteBodies.CallBody("c-" + n, List.of(actor, target), date,
                    DatePrecision.DAY, summary, List.of(), null, null), null);
            default -> writes.create(Operations.HOLD_NEW_MEETING, new WriteBodies.MeetingBody("g-" + n,
                    MeetingKind.MEETING, List.of(actor, target), null, true, null, null, date, DatePrecision.DAY, summary,
                    List.of(), null, null), null);
        }
    }

    private String path(String read, int size) {
        LocalDate asOf = LocalDate.of(2010, 6, 1).plusDays(random.nextInt(5900));
        return switch (read) {
            case "events" -> "/api/events?limit=100&asOf=" + asOf + "&after=" + random.nextInt(size);
            case "stances" -> "/api/stances?asOf=" + asOf;
            case "timeline" -> "/api/timeline?pair=CHN-JPN&asOf=" + asOf;
            default -> "/api/measures/m-" + 4 * random.nextInt(size / 4) + "?asOf=2026-12-31";
        };
    }

    private void awaitProjected(int size) throws Exception {
        while (true) {
            String body = HTTP.send(HttpRequest.newBuilder(uri("/api/events?limit=1&asOf=2030-01-01&after="
                    + (size + ACTORS.size() - 2))).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            if (JSON.readTree(body).path("items").size() > 0) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
