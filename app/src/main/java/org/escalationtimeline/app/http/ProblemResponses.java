package org.escalationtimeline.app.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.apache.coyote.BadRequestException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.query.ReadModelJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place that turns failures into RFC 9457 problem details: 400 for a malformed request
 * (naming the field), 404 for what does not exist, 409 and 422 for a broken rule, 412 for a stale
 * If-Match, 413 for an oversized body, 503 with {@code Retry-After} at a bound the node keeps. A client's mistake
 * never becomes a 500.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.*)'");

    /** A field of the request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    /** Everything Spring MVC's own handlers (405, 415, ...) do not already answer. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> failed(Exception e) {
        ResponseEntity<Object> answer = respond(problemFor(e));
        if (e instanceof Busy busy) {
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds())).body(answer.getBody());
        }
        return answer;
    }

    /**
     * The problem detail of any failure of a request (or of one line of an import): the one
     * mapping from exceptions to statuses.
     */
    public ProblemDetail problemFor(Throwable e) {
        if (e instanceof InvalidValue invalid) {
            return badRequest(List.of(new FieldError(invalid.field(), invalid.reason())));
        }
        if (e instanceof RuleBroken broken) {
            HttpStatus status = switch (broken.kind()) {
                case CONFLICT -> HttpStatus.CONFLICT;
                case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
            };
            ProblemDetail problem = problem(status, "rules/" + broken.rule(), broken.getMessage());
            problem.setProperty("rule", broken.rule());
            return problem;
        }
        if (e instanceof Busy busy) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", busy.getMessage());
        }
        if (e instanceof AggregateNotFoundException notFound) {
            return problem(HttpStatus.NOT_FOUND, "not-found",
                    "nothing was recorded under id " + notFound.getAggregateIdentifier());
        }
        if (e instanceof ConflictingAggregateVersionException stale) {
            ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                    "If-Match names version " + stale.getExpectedVersion() + " but " + stale.getAggregateIdentifier()
                            + " is at version " + stale.getActualVersion());
            problem.setProperty("currentVersion", stale.getActualVersion());
            return problem;
        }
        if (e instanceof IncompatibleAggregateException) {
            // The id names an aggregate of another type: ids are unique across types.
            ProblemDetail problem = problem(HttpStatus.CONFLICT, "rules/id-already-used",
                    "the id names a record of another kind; ids are unique across measures, statements, protests, calls, meetings and incidents");
            problem.setProperty("rule", "id-already-used");
            return problem;
        }
        if (e instanceof AggregateStreamCreationException || e instanceof ConcurrencyException) {
            return problem(HttpStatus.CONFLICT, "concurrent-write",
                    "another write to the same record was accepted at the same moment; read it and try again");
        }
        if (cause(e, ReadModelJson.Unreadable.class) != null) {
            // Before the parser exceptions below: the JSON that failed is the read model's, not the request's.
            return internalError(e);
        }
        BodyTooLarge tooLarge = cause(e, BodyTooLarge.class);
        if (tooLarge != null) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", tooLarge.getMessage());
        }
        JsonParseException unreadable = cause(e, JsonParseException.class);
        if (unreadable != null) {
            return unreadable(unreadable);
        }
        InvalidValue invalid = cause(e, InvalidValue.class);
        JsonMappingException mapping = cause(e, JsonMappingException.class);
        if (mapping != null) {
            return badRequest(List.of(fieldError(mapping, invalid)));
        }
        if (invalid != null) {
            return problemFor(invalid);
        }
        if (cause(e, JsonProcessingException.class) != null) {
            return badRequest("malformed-json", List.of(new FieldError("body", "is not well-formed JSON")));
        }
        BadRequestException unreadableBody = cause(e, BadRequestException.class);
        if (unreadableBody != null) {
            // The connector could not read the request on (a broken chunked encoding): the client's mistake.
            return problem(HttpStatus.BAD_REQUEST, "malformed-request", "the request cannot be read: "
                    + unreadableBody.getMessage());
        }
        if (e instanceof HttpMessageNotReadableException) {
            return problem(HttpStatus.BAD_REQUEST, "body-required", "a JSON body is required");
        }
        return internalError(e);
    }

    /**
     * The answer to the container's error dispatch ({@link ErrorDispatchController}): the failure's problem, or, when
     * the container names none, a problem of the status it set.
     */
    ResponseEntity<Object> forErrorDispatch(int status, Throwable failure) {
        if (failure != null) {
            return respond(problemFor(failure));
        }
        HttpStatus container = HttpStatus.resolve(status);
        if (container != null && container.is4xxClientError()) {
            return respond(problem(container, "malformed-request", "the request cannot be read: "
                    + container.getReasonPhrase()));
        }
        return respond(internalError(new IllegalStateException("the container reported status " + status)));
    }

    private static ProblemDetail internalError(Throwable e) {
        LOG.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "the service failed; the request may be retried");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        return respond(problemFor(e));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, @NonNull HttpHeaders headers,
                                                          @NonNull HttpStatusCode statusCode,
                                                          @NonNull WebRequest request) {
        // Spring's own problems (404 route, 405, 415...) get the same content type as ours.
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body instanceof ProblemDetail problem ? withRequestId(problem) : body,
                problemHeaders, statusCode);
    }

    /**
     * JSON the parser refused: a key given twice (named by its path, as the parser was at it) or
     * anything else that is not one well-formed JSON value, such as words after the object.
     */
    private static ProblemDetail unreadable(JsonParseException e) {
        Matcher duplicate = DUPLICATE_KEY.matcher(e.getOriginalMessage());
        if (duplicate.find()) {
            String path = e.getProcessor() == null ? duplicate.group(1) : path(e.getProcessor().getParsingContext());
            return badRequest(List.of(new FieldError(path, "is given twice")));
        }
        return badRequest("malformed-json", List.of(new FieldError("body",
                "is not one well-formed JSON value: " + e.getOriginalMessage())));
    }

    /** {@code sources[0].publication} for the parser at the key publication of the first source. */
    private static String path(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            if (step.inArray()) {
                steps.add(0, "[" + step.getCurrentIndex() + "]");
            } else if (step.getCurrentName() != null) {
                steps.add(0, "." + step.getCurrentName());
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static FieldError fieldError(JsonMappingException mapping, InvalidValue invalid) {
        String path = path(mapping);
        if (mapping instanceof UnrecognizedPropertyException) {
            return new FieldError(path, "is not a field of this request");
        }
        if (mapping instanceof ValueInstantiationException instantiation && invalid != null) {
            return new FieldError(fieldOf(path, invalid, instantiation.getType().getRawClass()), invalid.reason());
        }
        if (invalid != null) {
            return new FieldError(path.isEmpty() ? invalid.field() : path, invalid.reason());
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return new FieldError(path, "must be one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (mapping instanceof InvalidFormatException format && "".equals(format.getValue())) {
            return new FieldError(path, "must not be empty: leave the field out instead");
        }
        if (mapping instanceof InvalidFormatException format) {
            String kind = kindOf(format.getTargetType());
            return new FieldError(path, "'" + format.getValue() + "' is not "
                    + (kind != null ? kind : "a valid " + format.getTargetType().getSimpleName()));
        }
        if (path.isEmpty()) {
            return new FieldError("body", "must be one JSON object, with nothing after it");
        }
        String kind = mapping instanceof MismatchedInputException mismatch ? kindOf(mismatch.getTargetType()) : null;
        return new FieldError(path, kind != null ? "must be " + kind : "has the wrong type or shape");
    }

    /**
     * What a scalar of this type is, as a client writes it (no value is coerced into another
     * kind: RequestJson), or null for any other type.
     */
    private static String kindOf(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == String.class || type == CameoCode.class || type == ActorCode.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return null;
    }

    /**
     * Where a value object refused itself: a part of the value ({@code sources[0].url}), or the
     * whole of a single value ({@code targets[1]}), or a field of the body itself.
     */
    private static String fieldOf(String path, InvalidValue invalid, Class<?> instantiated) {
        boolean partOfValue = instantiated.isRecord() && Arrays.stream(instantiated.getRecordComponents())
                .anyMatch(component -> component.getName().equals(invalid.field()));
        if (path.isEmpty()) {
            return invalid.field();
        }
        return partOfValue ? path + "." + invalid.field() : path;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static ProblemDetail badRequest(List<FieldError> errors) {
        return badRequest("invalid-request", errors);
    }

    private static ProblemDetail badRequest(String type, List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, type,
                errors.stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(withRequestId(problem));
    }

    /** The answer to a request names its id (RequestIds): quoted back by a client, it finds the request's log lines. */
    static ProblemDetail withRequestId(ProblemDetail problem) {
        String id = RequestIds.current();
        if (id != null) {
            problem.setProperty("requestId", id);
        }
        return problem;
    }
}
