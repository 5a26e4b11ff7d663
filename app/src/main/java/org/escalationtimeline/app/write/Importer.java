package org.escalationtimeline.app.write;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.app.TimelineProperties;
import org.escalationtimeline.app.http.BodyTooLarge;
import org.escalationtimeline.app.http.ImportProblems;
import org.escalationtimeline.app.http.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports developments written one JSON command a line, {@code {"command": "AnnounceMeasure", ...}},
 * through the same path as the HTTP writes. A bad line is answered and the import carries on. An
 * import is idempotent: each line is written under a key made from its content, so importing a
 * file again appends nothing, and an import cut short may be sent again whole.
 */
@Service
public class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    private static final int PROGRESS_EVERY = 100;
    /** Fields that say what the creating form of a command is, rather than a step of an existing aggregate. */
    private static final Set<String> CREATING_FIELDS = Set.of("actor", "kind", "participants", "targets");

    private final Writes writes;
    private final ObjectMapper json;
    private final ProblemResponses problems;
    private final long maxBody;

    Importer(Writes writes, ObjectMapper json, ProblemResponses problems, TimelineProperties properties) {
        this.writes = writes;
        this.json = json;
        this.problems = problems;
        this.maxBody = properties.imports().maxBody().toBytes();
    }

    /** The answer to one line: what was written, or the problem that stopped it. */
    public record LineResult(int line, String command, int status, WriteReceipt receipt, ProblemDetail problem) {
    }

    /**
     * The counts of an import; {@code cut}, when the body held more than its bound, is the 413
     * problem that says so: the lines counted were read and answered, nothing after them was read.
     */
    public record Summary(int lines, int appended, int repeated, int failed, @JsonIgnore ProblemDetail cut) {
    }

    /**
     * Reads every line of the body, as bounded by {@link BoundedLines} and {@code timeline.import.max-body},
     * writes it, and hands each result on as soon as it is known.
     */
    public Summary importLines(InputStream body, Consumer<LineResult> results) throws IOException {
        BoundedLines lines = new BoundedLines(body, maxBody);
        int number = 0;
        int appended = 0;
        int repeated = 0;
        int failed = 0;
        for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
            number = line.number();
            LineResult result = result(line);
            if (result == null) {
                continue;
            }
            results.accept(result);
            if (result.problem() != null) {
                failed++;
            } else if (result.status() == 200) {
                repeated++;
            } else {
                appended++;
            }
            if (number % PROGRESS_EVERY == 0) {
                LOG.info("Import: {} lines read, {} appended, {} already there, {} failed",
                        number, appended, repeated, failed);
            }
        }
        ProblemDetail cut = lines.cut() ? problems.problemFor(new BodyTooLarge(maxBody)) : null;
        Summary summary = new Summary(number, appended, repeated, failed, cut);
        LOG.info("Import done: {} lines, {} appended, {} already there, {} failed{}", number, appended, repeated, failed,
                cut == null ? "" : "; the body was cut at " + maxBody + " bytes");
        return summary;
    }

    /** The answer to a line; none to a blank one. */
    private LineResult result(BoundedLines.Line line) {
        if (line instanceof BoundedLines.Text text) {
            return text.text().isBlank() ? null : importLine(text.number(), text.text());
        }
        ProblemDetail problem = line instanceof BoundedLines.TooLong
                ? ImportProblems.lineTooLong(BoundedLines.MAX_LINE) : ImportProblems.notUtf8();
        return new LineResult(line.number(), null, problem.getStatus(), null, problem);
    }

    LineResult importLine(int number, String line) {
        String command = null;
        try {
            JsonNode node = json.readTree(line);
            if (!(node instanceof ObjectNode object)) {
                throw new InvalidValue("command", "each line is a JSON object");
            }
            command = text(object, "command");
            WriteOutcome outcome = write(command, object, "import-" + sha256(json.writeValueAsString(object)));
            return new LineResult(number, command, outcome.replayed() ? 200 : 201, outcome.receipt(), null);
        } catch (Exception e) {
            ProblemDetail problem = problems.problemFor(e);
            return new LineResult(number, command, problem.getStatus(), null, problem);
        }
    }

    private WriteOutcome write(String command, ObjectNode line, String key) throws JsonProcessingException {
        ObjectNode body = line.deepCopy();
        body.remove("command");
        Operation<?> operation = operation(command, body);
        if (operation == Operations.HOLD_NEW_MEETING || operation == Operations.SCHEDULE_MEETING) {
            // The HTTP route tells the two apart by "held"; a line says it with its command.
            if (body.has("held") && body.get("held").asBoolean() != (operation == Operations.HOLD_NEW_MEETING)) {
                throw new InvalidValue("held", "contradicts the command " + command);
            }
            if (operation == Operations.HOLD_NEW_MEETING) {
                body.put("held", true);
            }
        }
        if (operation.creates()) {
            return create(operation, body, key);
        }
        String target = operation == Operations.CORRECT_RECORD || operation == Operations.RETRACT_RECORD
                ? "eventId" : "id";
        String id = text(body, target);
        body.remove(target);
        return change(operation, id, body, key);
    }

    private <B> WriteOutcome create(Operation<B> operation, ObjectNode body, String key) throws JsonProcessingException {
        return writes.create(operation, json.treeToValue(body, operation.bodyType()), key);
    }

    private <B> WriteOutcome change(Operation<B> operation, String id, ObjectNode body, String key)
            throws JsonProcessingException {
        return writes.change(operation, id, json.treeToValue(body, operation.bodyType()), null, key);
    }

    /**
     * The operation a line names. AnnounceMeasure and HoldMeeting each have two forms: with the
     * aggregate's terms they create it, without they are a step of the one named by "id".
     */
    private static Operation<?> operation(String command, ObjectNode body) {
        boolean creating = CREATING_FIELDS.stream().anyMatch(body::has);
        if (command.equals("AnnounceMeasure")) {
            return creating ? Operations.ANNOUNCE_MEASURE : Operations.CARRY_OUT_THREAT;
        }
        if (command.equals("HoldMeeting")) {
            return creating ? Operations.HOLD_NEW_MEETING : Operations.HOLD_MEETING;
        }
        Operation<?> operation = BY_NAME.get(command);
        if (operation == null) {
            throw new InvalidValue("command", "'" + command + "' is not a command; one of " + BY_NAME.keySet());
        }
        return operation;
    }

    private static final Map<String, Operation<?>> BY_NAME = byName(Operations.ALL);

    private static Map<String, Operation<?>> byName(List<Operation<?>> operations) {
        Map<String, Operation<?>> byName = new LinkedHashMap<>();
        operations.forEach(operation -> byName.putIfAbsent(operation.name(), operation));
        return byName;
    }

    private static String text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidValue(field, "is required");
        }
        return value.asText();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
