package org.escalationtimeline.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.escalationtimeline.app.support.PostgresTestDatabase;
import org.escalationtimeline.app.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A command node ({@code timeline.roles=command}) and a query node ({@code timeline.roles=query}) on one PostgreSQL:
 * what the command node appends the query node reads, and each answers the other side's endpoints, whatever the
 * method or token, with a 404 problem that names the side it does not serve.
 */
class RolesOnPostgresTest {

    private static final String TOKEN = "roles-token";
    private static final String PROBLEM_JSON = "application/problem+json";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDirs;

    @Test
    void theCommandNodeWritesTheQueryNodeReadsAndEachRefusesTheOtherSide() {
        PostgresTestDatabase db = PostgresTestDatabase.create();
        Map<String, String> postgres = Map.of("spring.profiles.active", "postgres", "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
                "timeline.api-token", TOKEN, "timeline.read-model.reconcile-ms", "200");
        // The query node is asked to load the data set into the empty store: only a command node may.
        CompletableFuture<ServiceProcess> startingQueries = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                dataDirs.resolve("query"), with(postgres, "timeline.roles", "query", "timeline.dataset.load", "true")));
        try (ServiceProcess commands = ServiceProcess.start(dataDirs.resolve("command"),
                with(postgres, "timeline.roles", "command", "timeline.dataset.load", "false"));
             ServiceProcess queries = startingQueries.join()) {
            HttpTestClient writer = new HttpTestClient(commands.port(), TOKEN);
            HttpTestClient reader = new HttpTestClient(queries.port(), TOKEN);

            Reply written = writer.post("/api/actors", "{\"code\":\"NLD\",\"name\":\"Netherlands\",\"kind\":\"STATE\"}");
            assertThat(written.status()).as(written.body()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(reader.get("/api/actors/NLD").status()).isEqualTo(200));
            assertThat(reader.get("/api/actors/NLD").json().path("name").asText()).isEqualTo("Netherlands");
            assertThat(reader.get("/api/actors").json()).as("the only actor: the query node loaded no data set")
                    .hasSize(1);

            for (HttpRequest read : List.of(
                    writer.request("/api/events").GET().build(),
                    writer.request("/api/actors/NLD").GET().build(),
                    writer.request("/api/timeline?pair=CHN-NLD").GET().build(),
                    writer.request("/api/stances").GET().build(),
                    writer.request("/api/stream", "Accept", "text/event-stream").GET().build(),
                    writer.request("/api/export/events.csv").GET().build(),
                    writer.request("/api/export/timelinejs?pair=CHN-NLD").GET().build(),
                    writer.request("/api/admin/replay", "Authorization", "Bearer " + TOKEN).GET().build(),
                    writer.request("/api/admin/replay", "Authorization", "Bearer " + TOKEN)
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    writer.request("/api/admin/dead-letters", "Authorization", "Bearer " + TOKEN).GET().build())) {
                assertNotServed(HttpTestClient.send(read), read, "query", "command");
            }

            for (HttpRequest write : List.of(
                    reader.request("/api/actors", "Authorization", "Bearer " + TOKEN,
                            "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"code\":\"BEL\",\"name\":\"Belgium\",\"kind\":\"STATE\"}")).build(),
                    reader.request("/api/actors", "Content-Type", "application/json").POST(
                            HttpRequest.BodyPublishers.ofString("{\"code\":\"BEL\",\"name\":\"Belgium\",\"kind\":\"STATE\"}"))
                            .build(),
                    reader.request("/api/measures/some-measure/lift", "Authorization", "Bearer " + TOKEN,
                            "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    reader.request("/api/import", "Authorization", "Bearer " + TOKEN,
                            "Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"command\":\"RegisterActor\",\"code\":\"BEL\",\"name\":\"Belgium\",\"kind\":\"STATE\"}"))
                            .build())) {
                assertNotServed(HttpTestClient.send(write), write, "command", "query");
            }
            assertThat(reader.get("/api/actors").json()).as("nothing written through the query node").hasSize(1);

            for (HttpTestClient node : List.of(writer, reader)) {
                Reply health = node.get("/actuator/health");
                assertThat(health.status()).isEqualTo(200);
                assertThat(health.json().path("status").asText()).isEqualTo("UP");
            }
            Reply readModel = reader.get("/actuator/health/read-model");
            assertThat(readModel.status()).isEqualTo(200);
            assertThat(readModel.json().path("components").path("deadLetters").path("details").path("count").asInt())
                    .isZero();
            assertThat(writer.get("/actuator/health/read-model").status()).as("a command node has no read model")
                    .isEqualTo(404);
        }
    }

    private static void assertNotServed(Reply reply, HttpRequest request, String side, String nodeRole) {
        String what = request.method() + " " + request.uri().getPath() + " on the " + nodeRole + " node";
        assertThat(reply.status()).as(what).isEqualTo(404);
        assertThat(reply.contentType()).as(what).isEqualTo(PROBLEM_JSON);
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asText()).as(what).isEqualTo("/problems/side-not-served");
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(404);
        assertThat(problem.path("side").asText()).as(what).isEqualTo(side);
        assertThat(problem.path("detail").asText()).as(what)
                .contains("timeline.roles=" + nodeRole, "nodes with the " + side + " role");
    }

    private static Map<String, String> with(Map<String, String> properties, String... more) {
        Map<String, String> all = new HashMap<>(properties);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }
}
