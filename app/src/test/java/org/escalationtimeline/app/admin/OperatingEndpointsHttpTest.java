package org.escalationtimeline.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.escalationtimeline.query.projection.Generations;
import org.escalationtimeline.query.rebuild.ReadModelState;
import org.escalationtimeline.query.rebuild.Switchboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/**
 * What an operator watches, over HTTP: the Prometheus scrape, the health of the projection processors, the request
 * id in answers and log lines, and an actuator that shows nothing else.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperatingEndpointsHttpTest extends LoadedServiceTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern URI_TAG = Pattern.compile("^http_server_requests_seconds_count\\{.*uri=\"([^\"]*)\"",
            Pattern.MULTILINE);

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    Switchboard switchboard;

    @Autowired
    ReadModelState readModel;

    @Test
    void prometheusNeedsNoTokenAndShowsProcessorRequestAndRebuildMetrics() throws InterruptedException {
        awaitDataSet();
        assertThat(get("/api/events?limit=5").statusCode()).isEqualTo(200);
        for (int i = 0; i < 30; i++) {
            assertThat(get("/no-such-page-" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        }

        HttpResponse<String> scrape = get("/actuator/prometheus");

        assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String metrics = scrape.body();
        String live = liveProcessor();
        assertThat(metrics).as("Axon's latency and capacity of the live processor")
                .contains("eventProcessor_latency{processorName=\"" + live + "\"}")
                .containsPattern("eventProcessor_capacity\\{[^}]*processorName=\"" + live + "\"");
        assertThat(metrics).as("lag, state and segments of both processors")
                .contains("timeline_processor_lag_events{processor=\"timeline-blue\"}",
                        "timeline_processor_lag_events{processor=\"timeline-green\"}",
                        "timeline_processor_running{processor=\"" + live + "\"} 1.0",
                        "timeline_processor_segments{processor=\"" + live + "\"}");
        assertThat(metrics).as("the rebuild's progress").contains("timeline_rebuild_running ",
                "timeline_rebuild_done_events ", "timeline_rebuild_total_events ",
                "timeline_read_model_live_generation " + readModel.current().live() + ".0");
        assertThat(metrics).as("the stream's clients").containsPattern("(?m)^timeline_stream_clients \\d+\\.0$");

        Set<String> uris = new TreeSet<>();
        Matcher uri = URI_TAG.matcher(metrics);
        while (uri.find()) {
            uris.add(uri.group(1));
        }
        assertThat(uris).as("request metrics by route template").contains("/api/events", "/**")
                .noneMatch(tag -> tag.contains("no-such-page"));
        assertThat(metrics).as("the 30 unknown paths count under one tag")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"404\",uri=\"/\\*\\*\"} ([3-9]\\d|\\d{3,})");
        assertThat(metrics).as("no secret").doesNotContain(TOKEN);
    }

    @Test
    void healthShowsEachProjectionProcessorWithItsUseStateAndLag() throws InterruptedException {
        awaitDataSet();
        String live = liveProcessor();
        String other = other(live);

        await().atMost(PATIENCE).untilAsserted(() -> {
            HttpResponse<String> health = get("/actuator/health/read-model");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            JsonNode processors = json(health).path("components").path("processors");
            assertThat(processors.path("status").asText()).isEqualTo("UP");
            JsonNode running = processors.path("details").path(live);
            assertThat(running.path("use").asText()).isEqualTo("LIVE");
            assertThat(running.path("state").asText()).isEqualTo("running");
            assertThat(running.path("segmentsHere").asInt()).as("one node holds every segment").isEqualTo(4);
            assertThat(running.path("position").asLong()).isPositive();
            assertThat(running.path("lag").isIntegralNumber()).as("%s", running).isTrue();
            assertThat(running.path("lag").asLong()).as("caught up with the data set").isZero();
            JsonNode idle = processors.path("details").path(other);
            assertThat(idle.path("use").asText()).isEqualTo("IDLE");
            assertThat(idle.path("state").asText()).isEqualTo("stopped");
            assertThat(idle.path("status").asText()).as("an idle generation is meant to be stopped").isEqualTo("UP");
            assertThat(idle.has("lag")).as("an idle generation's tokens say nothing of now").isFalse();
            assertThat(json(health).path("components").path("deadLetters").path("details").path("count").isNumber())
                    .isTrue();
        });
    }

    /**
     * The Switchboard would start the processor again at its next reconcile (200 ms here); holding its lock keeps it
     * from doing so while the test looks, as a processor that cannot be started would.
     */
    @Test
    void aStoppedLiveProcessorMakesTheNodeDownUntilItRunsAgain() throws InterruptedException {
        awaitDataSet();
        String live = liveProcessor();
        PooledStreamingEventProcessor processor = processing.eventProcessor(live, PooledStreamingEventProcessor.class)
                .orElseThrow();
        synchronized (switchboard) {
            processor.shutDown();

            HttpResponse<String> node = get("/actuator/health");
            assertThat(node.statusCode()).as(node.body()).isEqualTo(503);
            assertThat(json(node).path("status").asText()).isEqualTo("DOWN");
            HttpResponse<String> readModelHealth = get("/actuator/health/read-model");
            assertThat(readModelHealth.statusCode()).isEqualTo(503);
            JsonNode stopped = json(readModelHealth).path("components").path("processors");
            assertThat(stopped.path("status").asText()).isEqualTo("DOWN");
            assertThat(stopped.path("details").path(live).path("state").asText()).isEqualTo("stopped");
            assertThat(stopped.path("details").path(live).path("status").asText()).isEqualTo("DOWN");
            // The gauges share a look at the read side that may be up to a second old (ReadSideMetrics).
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(get("/actuator/prometheus").body())
                    .contains("timeline_processor_running{processor=\"" + live + "\"} 0.0"));
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(get("/actuator/health").statusCode()).isEqualTo(200));
        assertThat(processor.isRunning()).isTrue();
    }

    @Test
    void theActuatorShowsOnlyHealthInfoAndPrometheus() {
        HttpResponse<String> index = get("/actuator");
        assertThat(index.statusCode()).isEqualTo(200);
        List<String> links = new java.util.ArrayList<>();
        json(index).path("_links").fieldNames().forEachRemaining(links::add);
        assertThat(links).containsExactlyInAnyOrder("self", "health", "health-path", "info", "prometheus");
        for (String endpoint : List.of("env", "env/spring.datasource.password", "configprops", "heapdump",
                "threaddump", "beans", "loggers", "metrics", "mappings", "conditions", "scheduledtasks", "caches")) {
            HttpResponse<String> answer = get("/actuator/" + endpoint);
            assertThat(answer.statusCode()).as("/actuator/%s: %s", endpoint, answer.body()).isEqualTo(404);
        }
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
    }

    @Test
    void aSaneRequestIdIsEchoedNamedInProblemsAndLogged(CapturedOutput log) {
        String id = "ops-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/measures/no-such-measure"))
                .header("X-Request-Id", id).GET().build());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("X-Request-Id")).hasValue(id);
        assertThat(json(unknown).path("requestId").asText()).isEqualTo(id);

        // An import answers from Spring's task executor: its summary line is logged there, under the request's id.
        // Its one line is refused, so that it appends nothing the other tests of this store would see.
        HttpResponse<String> imported = send(HttpRequest.newBuilder(uri("/api/import"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                .header("X-Request-Id", id)
                .POST(HttpRequest.BodyPublishers.ofString("{\"command\":\"RegisterActor\",\"code\":\"x\"}\n"))
                .build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.headers().firstValue("X-Request-Id")).hasValue(id);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(log.getOut().lines()
                .filter(line -> line.contains("[" + id + "]") && line.contains("Import done: 1 lines, 0 appended")))
                .hasSize(1));
    }

    @Test
    void aMissingOrUnsafeRequestIdIsReplacedWithAFreshOne() {
        List<String> unsafe = List.of("two words", "x".repeat(101), "<script>", "a;b");
        Set<String> given = new TreeSet<>();
        for (String sent : unsafe) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/actors"))
                    .header("X-Request-Id", sent).GET().build());
            given.add(freshId(answer, sent));
        }
        given.add(freshId(get("/api/actors"), null));
        given.add(freshId(post("/api/actors", "{}", false), null));
        assertThat(given).as("a new id for each request").hasSize(unsafe.size() + 2);
    }

    private static String freshId(HttpResponse<String> answer, String sent) {
        String id = answer.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).as("sent %s", sent).isNotEqualTo(sent);
        assertThatCode(() -> UUID.fromString(id)).as("a UUID: %s", id).doesNotThrowAnyException();
        return id;
    }

    private String liveProcessor() {
        return Generations.of(readModel.current().live()).processingGroup();
    }

    private static String other(String processor) {
        return processor.equals(Generations.BLUE.processingGroup()) ? Generations.GREEN.processingGroup()
                : Generations.BLUE.processingGroup();
    }
}
