package org.escalationtimeline.app;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.escalationtimeline.query.view.Episode;
import org.escalationtimeline.query.view.TensionPoint;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI description of the HTTP API, served by springdoc at {@code /v3/api-docs} with Swagger
 * UI at {@code /swagger-ui.html} (both open, like every read). The controllers stay as they are:
 * the operations' shapes come from their signatures and records, and one customizer adds what
 * applies to all of them — the bearer scheme on writes, the problem details every operation may
 * answer, a summary and a tag per operation, and the meaning of the shared parameters.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "ProblemDetail";
    static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String RECEIPT_REF = "#/components/schemas/WriteReceipt";

    /** The problems a write may answer (DESIGN §7, §9, §10), with what each means. */
    static final Map<String, String> WRITE_PROBLEMS = ordered(
            "400", "Bad input: `errors` names each field and what is wrong with it",
            "401", "The write token is missing or wrong (`Authorization: Bearer <token>`)",
            "404", "Nothing is recorded under the id in the path",
            "409", "A broken rule (named in `rule`), a create repeated with another body, or a concurrent write",
            "412", "If-Match names a version the record no longer has (`currentVersion` says which it has)",
            "413", "The body is over 64 KiB",
            "415", "The body is not `application/json`",
            "422", "The command breaks a rule of the record's lifecycle (named in `rule`)");

    private static final Set<PathItem.HttpMethod> READS =
            Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD, PathItem.HttpMethod.OPTIONS);

    /** Summaries of the operations of DESIGN §7, for those whose controllers give none. */
    static final Map<String, String> SUMMARIES = ordered(
            "POST /api/actors", "Register an actor (RegisterActor)",
            "POST /api/measures", "Announce a measure (AnnounceMeasure)",
            "POST /api/measures/threats", "Threaten a measure (ThreatenMeasure)",
            "POST /api/measures/{id}/announce", "Carry out a threatened measure",
            "POST /api/measures/{id}/tighten", "Tighten a measure, or reinstate a suspended one",
            "POST /api/measures/{id}/ease", "Ease a measure, or suspend it",
            "POST /api/measures/{id}/lift", "Lift a measure, or withdraw a threat",
            "POST /api/statements", "Make a statement",
            "POST /api/statements/{id}/retraction-demands", "Demand that a statement be retracted",
            "POST /api/statements/{id}/refusals", "Refuse to retract a statement",
            "POST /api/statements/{id}/retraction", "Retract a statement",
            "POST /api/protests", "Lodge a protest",
            "POST /api/protests/{id}/responses", "Answer a protest (reject, acknowledge; a WTO ruling upholds or dismisses)",
            "POST /api/calls", "Record a call between two or more actors",
            "POST /api/meetings", "Schedule a meeting, or record one held (held: true)",
            "POST /api/meetings/{id}/held", "Record that a scheduled meeting was held",
            "POST /api/meetings/{id}/cancel", "Cancel a scheduled meeting",
            "POST /api/incidents", "Record an incident (any other development, with its CAMEO code)",
            "POST /api/records/{eventId}/corrections", "Correct the date, summary or sources of a record",
            "POST /api/records/{eventId}/retraction", "Retract a record made in error",
            "POST /api/import", "Import commands as NDJSON, one a line; answers NDJSON, one result a line",
            "GET /api/actors", "The registered actors",
            "GET /api/actors/{code}", "One registered actor",
            "GET /api/events", "The event list at a cutoff, oldest position first, paged by position",
            "GET /api/timeline", "A pair's escalation timeline: tension series and episodes",
            "GET /api/stances", "Every actor's posture toward every other it has dealt with",
            "GET /api/measures/{id}", "A measure as it stood at a cutoff, with its history",
            "GET /api/statements/{id}", "A statement as it stood at a cutoff, with its history",
            "GET /api/protests/{id}", "A protest as it stood at a cutoff, with its history",
            "GET /api/meetings/{id}", "A meeting as it stood at a cutoff, with its history",
            "GET /api/stream", "New events as Server-Sent Events (id = position; resumes after Last-Event-ID)",
            "POST /api/admin/replay", "Rebuild every projection from the event store, blue/green",
            "GET /api/admin/replay", "The progress of the rebuild",
            "GET /api/admin/dead-letters", "The events the projection set aside, with why",
            "POST /api/admin/dead-letters/{id}/retry", "Project a set-aside event again, and those waiting behind it",
            "POST /api/admin/dead-letters/{id}/evict", "Give up on a set-aside event; those waiting behind it go on");

    /** What the query parameters and headers shared by many operations mean. */
    static final Map<String, String> PARAMETERS = ordered(
            "asOf", "Only what happened on or before this date of the world (ISO date); default today",
            "knownAt", "Only what was recorded, and corrected, at or before this instant (ISO instant, or a date "
                    + "meaning its end, UTC); default now",
            "actor", "An actor code such as CHN",
            "pair", "Two actor codes, such as CHN-JPN",
            "type", "An event type, such as MeasureAnnounced",
            "after", "The position after which the page starts: the previous page's `next`",
            "limit", "How many events a page holds, 1 to 1000 (default 100)",
            "window", "The stance window in days, such as P90D or 90 (default P90D)",
            "granularity", "MONTH, QUARTER or YEAR (default MONTH)",
            "fromKnownAt", "knownAt of the first cutoff (default knownAt)",
            "toKnownAt", "knownAt of the second cutoff (default knownAt)",
            "group", "What a slide's group (its row) is: type (the kind of record, default) or actor",
            "Idempotency-Key", "Sent again with the same body, the write is answered as the first time and appends "
                    + "nothing",
            "If-Match", "The version (ETag) the client last saw; a stale one is a 412",
            "Last-Event-ID", "The position of the last event received: the stream resumes after it");

    /** {@code from} and {@code to} mean different things on different paths: {from, to} by path. */
    static final Map<String, List<String>> RANGES = Map.of(
            "/api/events", List.of("Only developments dated on or after this day (ISO date)",
                    "Only developments dated on or before this day (ISO date)"),
            "/api/export/events.csv", List.of("Only developments dated on or after this day (ISO date)",
                    "Only developments dated on or before this day (ISO date)"),
            "/api/timeline", List.of("The first month of the series, such as 2010-09 (default 2010-01)",
                    "The last month of the series (default 2026-12; never after asOf's month)"),
            "/api/stances/diff", List.of("asOf of the first cutoff (ISO date; default asOf)",
                    "asOf of the second cutoff (ISO date; default asOf)"),
            "/api/timeline/diff", List.of("asOf of the first cutoff (ISO date; default asOf)",
                    "asOf of the second cutoff (ISO date; default asOf)"));

    /** Answers that are streams of text, which springdoc would otherwise describe as Java objects. */
    private static final Set<String> STREAM_TYPES = Set.of("StreamingResponseBody", "SseEmitter", "ResponseBodyEmitter");

    /** The groups of operations, in the order Swagger UI shows them: writes of the record, then the reads. */
    static final Map<String, String> TAGS = ordered(
            "Actors", "Countries, blocs and organisations",
            "Measures", "Export bans, controls, sanctions, tariffs…: their lifecycle and state",
            "Statements", "Statements, retraction demands and refusals",
            "Protests", "Protests and the answers to them",
            "Calls", "Calls between actors",
            "Meetings", "Meetings scheduled, held or cancelled",
            "Incidents", "Any other development, with its CAMEO code",
            "Records", "Corrections and retractions of recorded developments",
            "Import", "Many commands at once",
            "Events", "The event list",
            "Timeline", "Tension and escalation episodes of a pair",
            "Stances", "Postures of actors toward each other",
            "Export", "TimelineJS and CSV exports",
            "Stream", "New events as they are recorded",
            "Admin", "Rebuilding the read side, and the events it set aside");

    private static final Set<String> PAIR_REQUIRED =
            Set.of("/api/timeline", "/api/timeline/diff", "/api/export/timelinejs");

    @Bean
    OpenAPI timelineOpenApi() {
        String version = OpenApiConfiguration.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Escalation Timeline API")
                        .version(version == null ? "development" : version)
                        .description("""
                                An event-sourced timeline of international disputes, with CQRS. Writes append \
                                developments as commands; reads answer from projections at any `asOf` (a date \
                                of the world) and any `knownAt` (an instant of recording).

                                Writes need `Authorization: Bearer <token>`; reads are open. Errors are RFC 9457 \
                                problem details (`application/problem+json`)."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("The write token: `timeline.api-token`, or the one made on first start in "
                                + "`<data-dir>/api-token`")));
    }

    @Bean
    OpenApiCustomizer problemsAndWriteSecurity() {
        return OpenApiConfiguration::customize;
    }

    static void customize(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(FIELD_ERROR, fieldErrorSchema());
        components.addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean write = !READS.contains(method);
            if (operation.getSummary() == null) {
                operation.setSummary(SUMMARIES.get(method + " " + path));
            }
            operation.setTags(List.of(tag(path)));
            describeParameters(path, operation);
            // Writes need the token, and so does the administration of the read model, reads included.
            if (write || path.startsWith("/api/admin/")) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
            }
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            streamsAreText(operation);
            if (write) {
                createdOrRepeated(operation);
            }
            // A problem an operation describes itself is kept as it is.
            problems(path, operation, write).forEach((status, description) -> {
                if (!operation.getResponses().containsKey(status)) {
                    operation.getResponses().addApiResponse(status, problemResponse(description));
                }
            });
        }));
        typedTimeline(components, SpecVersion.V31.equals(openApi.getSpecVersion()));
        Set<String> used = new HashSet<>();
        openApi.getPaths().forEach((path, item) -> used.add(tag(path)));
        openApi.setTags(TAGS.entrySet().stream().filter(tag -> used.contains(tag.getKey()))
                .map(tag -> new Tag().name(tag.getKey()).description(tag.getValue())).toList());
        if (components.getSchemas() != null) {
            STREAM_TYPES.forEach(components.getSchemas()::remove);
        }
    }

    /**
     * The problems an operation may answer. A write with a body: bad input, the token, a broken
     * rule, an oversized body, a body that is not JSON; with an id in its path, an unknown id; with
     * an If-Match header, a stale version. A write without a body: the token and a conflict, and
     * with an id in its path, a malformed or an unknown id. A
     * read: a malformed parameter, and an unknown id in its path.
     */
    static Map<String, String> problems(String path, Operation operation, boolean write) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean hasPathId = path.contains("{");
        if (write) {
            boolean body = operation.getRequestBody() != null || path.equals("/api/import");
            boolean ifMatch = hasParameter(operation, "If-Match");
            WRITE_PROBLEMS.forEach((status, description) -> {
                boolean applies = switch (status) {
                    case "400" -> body || hasPathId;
                    case "413", "415", "422" -> body;
                    case "404" -> hasPathId;
                    case "412" -> ifMatch;
                    default -> true;
                };
                if (applies) {
                    problems.put(status, description);
                }
            });
            return problems;
        }
        if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            problems.put("400", "A parameter is malformed: `errors` names it and says what is wrong");
        }
        if (hasPathId) {
            problems.put("404", "Nothing is known under that id at this cutoff");
        }
        if (path.startsWith("/api/admin/")) {
            problems.put("401", WRITE_PROBLEMS.get("401"));
        }
        return problems;
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> name.equalsIgnoreCase(parameter.getName()));
    }

    /**
     * A write answers 201 with its receipt, or 200 with the same receipt when it repeats an earlier
     * write (same id and body, or same Idempotency-Key) and appends nothing.
     */
    static void createdOrRepeated(Operation operation) {
        ApiResponse ok = operation.getResponses().get("200");
        if (ok == null || ok.getContent() == null || !ok.getContent().values().stream()
                .anyMatch(media -> media.getSchema() != null && RECEIPT_REF.equals(media.getSchema().get$ref()))) {
            return;
        }
        ApiResponse created = new ApiResponse().description("Appended: the record's id and the events appended, "
                + "with their positions and recording instants; ETag is the record's new version").content(ok.getContent());
        ok.setDescription("A repeated write: answered as the first time, nothing appended");
        ApiResponses reordered = new ApiResponses();
        reordered.addApiResponse("201", created);
        operation.getResponses().forEach(reordered::addApiResponse);
        operation.setResponses(reordered);
    }

    /** A streamed answer (NDJSON, CSV, Server-Sent Events) is text, not the Java object that writes it. */
    static void streamsAreText(Operation operation) {
        operation.getResponses().values().stream()
                .filter(response -> response.getContent() != null)
                .flatMap(response -> response.getContent().entrySet().stream())
                .filter(media -> media.getValue().getSchema() != null && media.getValue().getSchema().get$ref() != null
                        && STREAM_TYPES.contains(refName(media.getValue().getSchema().get$ref())))
                .forEach(media -> media.getValue().setSchema(new StringSchema()
                        .description("a stream of " + media.getKey())));
    }

    /**
     * GET /api/timeline answers its points and episodes as untyped fields: describe them as the
     * lists of {@link TensionPoint} and {@link Episode} they are.
     */
    @SuppressWarnings("rawtypes")
    static void typedTimeline(Components components, boolean openApi31) {
        Schema timeline = components.getSchemas() == null ? null : components.getSchemas().get("Timeline");
        if (timeline == null || timeline.getProperties() == null) {
            return;
        }
        Map<String, Class<?>> lists = Map.of("points", TensionPoint.class, "episodes", Episode.class);
        lists.forEach((property, type) -> {
            Schema current = (Schema) timeline.getProperties().get(property);
            if (current == null || current.getType() != null || current.get$ref() != null) {
                return;
            }
            ModelConverters.getInstance(openApi31).readAll(type).forEach(components.getSchemas()::putIfAbsent);
            timeline.getProperties().put(property, new ArraySchema()
                    .items(new Schema<>().$ref("#/components/schemas/" + type.getSimpleName())));
        });
    }

    private static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static void describeParameters(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            String name = parameter.getName();
            String description = switch (name) {
                case "from" -> RANGES.containsKey(path) ? RANGES.get(path).get(0) : null;
                case "to" -> RANGES.containsKey(path) ? RANGES.get(path).get(1) : null;
                default -> PARAMETERS.get(name);
            };
            if (parameter.getDescription() == null && description != null) {
                parameter.setDescription(description);
            }
            if (name.equals("pair") && PAIR_REQUIRED.contains(path)) {
                parameter.setRequired(true);
            }
        }
    }

    /** {@code /api/measures/{id}/lift} → Measures; {@code /api/export/...} → Export. */
    static String tag(String path) {
        String[] segments = path.split("/");
        String segment = segments.length > 2 && path.startsWith("/api/") ? segments[2] : "Other";
        return segment.substring(0, 1).toUpperCase(Locale.ROOT) + segment.substring(1);
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("What kind of problem, such as /problems/invalid-request or /problems/rules/<rule>")
                        .example("/problems/invalid-request"))
                .addProperty("title", new StringSchema().description("The HTTP reason phrase").example("Bad Request"))
                .addProperty("status", new IntegerSchema().format("int32").example(400))
                .addProperty("detail", new StringSchema().description("What went wrong, for a person")
                        .example("asOf 'yesterday' is not an ISO date such as 2026-01-10"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The path of the request"))
                .addProperty("errors", new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                        .description("For bad input: each field at fault and what is wrong with it"))
                .addProperty("rule", new StringSchema().description("For a broken rule: its name")
                        .example("each-answer-once"))
                .addProperty("requestId", new StringSchema()
                        .description("The request's id, as its X-Request-Id response header says; the log names it"))
                .required(List.of("type", "title", "status", "detail"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema fieldErrorSchema() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field or parameter, such as "
                        + "sources[0].url").example("asOf"))
                .addProperty("message", new StringSchema().example("'yesterday' is not an ISO date such as 2026-01-10"))
                .required(List.of("field", "message"));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
