package org.escalationtimeline.app.diffs;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;

/**
 * The OpenAPI description at /v3/api-docs and Swagger UI: open to everyone, every operation of the
 * API described, the bearer scheme on writes and only on writes, and the problem details each
 * operation may answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiHttpTest extends ReadHttpTestBase {

    /** The operations of DESIGN §7 and §9 that this service has (the replay and the stream are described when mapped). */
    static final List<String> DESIGNED = List.of(
            "POST /api/actors", "POST /api/measures", "POST /api/measures/threats",
            "POST /api/measures/{id}/announce", "POST /api/measures/{id}/tighten", "POST /api/measures/{id}/ease",
            "POST /api/measures/{id}/lift", "POST /api/statements", "POST /api/statements/{id}/retraction-demands",
            "POST /api/statements/{id}/refusals", "POST /api/statements/{id}/retraction", "POST /api/protests",
            "POST /api/protests/{id}/responses", "POST /api/calls", "POST /api/meetings",
            "POST /api/meetings/{id}/held", "POST /api/meetings/{id}/cancel", "POST /api/incidents",
            "POST /api/records/{eventId}/corrections", "POST /api/records/{eventId}/retraction", "POST /api/import",
            "GET /api/actors", "GET /api/actors/{code}", "GET /api/events", "GET /api/timeline", "GET /api/stances",
            "GET /api/measures/{id}", "GET /api/statements/{id}", "GET /api/protests/{id}", "GET /api/meetings/{id}",
            "GET /api/stances/diff", "GET /api/timeline/diff", "GET /api/export/timelinejs",
            "GET /api/export/events.csv");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode api;

    @BeforeAll
    void readTheDescription() {
        Reply reply = get("/v3/api-docs");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        api = reply.json();
    }

    @Test
    void theDescriptionNamesTheServiceAndItsVersion() {
        assertThat(api.path("openapi").asText()).startsWith("3.");
        assertThat(api.path("info").path("title").asText()).isEqualTo("Escalation Timeline API");
        assertThat(api.path("info").path("version").asText()).isNotBlank();
        assertThat(api.path("info").path("description").asText()).contains("asOf", "knownAt", "Bearer");
    }

    @Test
    void everyOperationOfTheDesignIsDescribed() {
        assertThat(operations().keySet()).containsAll(DESIGNED);
    }

    @Test
    void everyMappedApiOperationIsDescribed() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/"))
                .forEach(path -> info.getMethodsCondition().getMethods().stream()
                        .map(RequestMethod::name)
                        .forEach(method -> mapped.add(method + " " + path))));
        assertThat(mapped).as("the service's own mappings").containsAll(DESIGNED);

        assertThat(operations().keySet()).containsAll(mapped);
    }

    @Test
    void theBearerSchemeGuardsTheWritesAndTheAdministrationOnly() {
        JsonNode scheme = api.path("components").path("securitySchemes").path("bearerAuth");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(api.has("security")).as("no scheme applies to every operation").isFalse();

        operations().forEach((operation, description) -> {
            if (operation.startsWith("GET ") && !operation.startsWith("GET /api/admin/")) {
                assertThat(description.has("security")).as("%s is open", operation).isFalse();
            } else {
                assertThat(description.path("security").toString()).as("%s needs the token", operation)
                        .isEqualTo("[{\"bearerAuth\":[]}]");
                assertThat(description.path("responses").has("401")).as("%s may answer 401", operation).isTrue();
            }
        });
    }

    @Test
    void everyOperationDescribesItsProblemsAsProblemDetails() {
        operations().forEach((operation, description) -> {
            JsonNode responses = description.path("responses");
            List<String> problems = new ArrayList<>();
            responses.fieldNames().forEachRemaining(status -> {
                if (status.startsWith("4")) {
                    problems.add(status);
                    assertThat(responses.path(status).path("content").path(PROBLEM_JSON).path("schema")
                            .path("$ref").asText()).as("%s %s", operation, status)
                            .isEqualTo("#/components/schemas/ProblemDetail");
                }
            });
            if (description.has("parameters") || description.has("requestBody")) {
                assertThat(problems).as("problems of %s", operation).contains("400");
            }
            if (operation.contains("{")) {
                assertThat(problems).as("problems of %s", operation).contains("404");
            }
        });
        Map<String, JsonNode> operations = operations();
        assertThat(statuses(operations.get("POST /api/measures/{id}/lift")))
                .containsExactly("201", "200", "400", "401", "404", "409", "412", "413", "415", "422");
        assertThat(statuses(operations.get("POST /api/measures")))
                .containsExactly("201", "200", "400", "401", "409", "413", "415", "422");
        assertThat(statuses(operations.get("GET /api/measures/{id}"))).containsExactly("200", "400", "404");
        assertThat(statuses(operations.get("GET /api/stances/diff"))).containsExactly("200", "400");
    }

    @Test
    void theProblemDetailSchemaHasTheFieldErrorsAndTheRule() {
        JsonNode schemas = api.path("components").path("schemas");
        JsonNode problem = schemas.path("ProblemDetail");
        assertThat(fieldNames(problem.path("properties")))
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors", "rule",
                        "requestId");
        assertThat(problem.path("properties").path("errors").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/FieldError");
        assertThat(fieldNames(schemas.path("FieldError").path("properties"))).containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void theShapesOfAppendixAAreDescribed() {
        JsonNode schemas = api.path("components").path("schemas");
        assertThat(fieldNames(schemas.path("WriteReceipt").path("properties"))).containsExactlyInAnyOrder("id", "events");
        assertThat(fieldNames(schemas.path("AppendedEvent").path("properties")))
                .containsExactlyInAnyOrder("eventId", "type", "position", "recordedAt");
        assertThat(fieldNames(schemas.path("EventPage").path("properties"))).containsExactlyInAnyOrder("items", "next");
        assertThat(fieldNames(schemas.path("EventEntry").path("properties"))).contains("eventId", "type", "date",
                "datePrecision", "recordedAt", "position", "actor", "targets", "summary", "sources", "cameo",
                "goldstein", "aggregate", "corrected");
        assertThat(schemas.path("EventEntry").path("properties").path("actor").path("type").asText())
                .as("an actor code is a string").isEqualTo("string");
        assertThat(fieldNames(schemas.path("Stance").path("properties"))).containsExactlyInAnyOrder("actor", "toward",
                "posture", "quadClasses", "goldsteinSum", "activeMeasures", "basis");
        assertThat(schemas.path("Timeline").path("properties").path("points").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/TensionPoint");
        assertThat(schemas.path("Timeline").path("properties").path("episodes").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/Episode");
        assertThat(fieldNames(schemas.path("MeasureBody").path("properties"))).contains("id", "actor", "targets",
                "kind", "items", "effectiveOn", "date", "datePrecision", "summary", "sources", "cameo", "goldstein");
        assertThat(fieldNames(schemas.path("StanceChanges").path("properties")))
                .containsExactlyInAnyOrder("from", "to", "window", "changes");
        assertThat(fieldNames(schemas.path("EpisodeChanges").path("properties")))
                .containsExactlyInAnyOrder("pair", "from", "to", "opened", "closed", "removed", "peakChanges");
        assertThat(fieldNames(schemas.path("Slide").path("properties")))
                .containsExactlyInAnyOrder("start_date", "text", "group", "background", "unique_id");
    }

    @Test
    void theCsvExportIsDescribedAsCsv() {
        JsonNode ok = operations().get("GET /api/export/events.csv").path("responses").path("200");
        assertThat(fieldNames(ok.path("content"))).containsExactly("text/csv");
        assertThat(ok.path("content").path("text/csv").path("schema").path("type").asText()).isEqualTo("string");
    }

    @Test
    void theSharedParametersAreExplained() {
        JsonNode parameters = operations().get("GET /api/stances/diff").path("parameters");
        Set<String> undescribed = new TreeSet<>();
        parameters.forEach(parameter -> {
            if (parameter.path("description").asText().isBlank()) {
                undescribed.add(parameter.path("name").asText());
            }
        });
        assertThat(undescribed).isEmpty();
        assertThat(fieldNames(parameters.get(0))).contains("name", "in", "schema");
    }

    @Test
    void swaggerUiIsServedWithoutAToken() {
        Reply redirect = get("/swagger-ui.html");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).endsWith("/swagger-ui/index.html");

        Reply page = get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");

        JsonNode config = read("/v3/api-docs/swagger-config");
        assertThat(config.path("url").asText()).isEqualTo("/v3/api-docs");
    }

    /** Every operation, keyed {@code METHOD path}. */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method ->
                operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue())));
        return operations;
    }

    private static List<String> statuses(JsonNode operation) {
        List<String> statuses = new ArrayList<>();
        operation.path("responses").fieldNames().forEachRemaining(statuses::add);
        return statuses;
    }
}
