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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
    /** Lines written ahead of the one answered next: a few groups' worth. */
    private final int inFlightAtMost;

    Importer(Writes writes, ObjectMapper json, ProblemResponses problems, TimelineProperties properties) {
        this.writes = writes;
        this.json = json;
        this.problems = problems;
        this.maxBody = properties.imports().maxBody().toBytes();
        this.inFlightAtMost = 4 * properties.write().maxGroup();
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
     * writes it, and hands each result on as soon as it is known, in line order.
     * <p>
     * Up to four groups' worth of lines are queued for writing while the next are read, so that they are committed
     * many to a transaction ({@link GroupCommit}) and in their order: a line sees every line before it. Each line
     * is still answered only once its own write has committed, or with its own failure.
     */
    public Summary importLines(InputStream body, Consumer<LineResult> results) throws IOException {
        BoundedLines lines = new BoundedLines(body, maxBody);
        Deque<Queued> inFlight = new ArrayDeque<>();
        Counts counts = new Counts();
        int number = 0;
        for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
            number = line.number();
            Queued queued = queue(line);
            if (queued != null) {
                inFlight.add(queued);
            }
            while (!inFlight.isEmpty() && (inFlight.size() >= inFlightAtMost || inFlight.peek().isDone())) {
                counts.answer(inFlight.poll().result(), results);
            }
        }
        while (!inFlight.isEmpty()) {
            counts.answer(inFlight.poll().result(), results);
        }
        ProblemDetail cut = lines.cut() ? problems.problemFor(new BodyTooLarge(maxBody)) : null;
        Summary summary = new Summary(number, counts.appended, counts.repeated, counts.failed, cut);
        LOG.info("Import done: {} lines, {} appended, {} already there, {} failed{}", number, counts.appended,
                counts.repeated, counts.failed, cut == null ? "" : "; the body was cut at " + maxBody + " bytes");
        return summary;
    }

    /** A line queued for writing, or already answered. */
    private final class Queued {

        private final int line;
        private final String command;
        private final CompletableFuture<WriteOutcome> outcome;
        private final ProblemDetail refused;

        Queued(int line, String command, CompletableFuture<WriteOutcome> outcome, ProblemDetail refused) {
            this.line = line;
            this.command = command;
            this.outcome = outcome;
            this.refused = refused;
        }

        boolean isDone() {
            return refused != null || outcome.isDone();
        }

        /** Waits for the line's write to be committed, or to fail. */
        LineResult result() {
            if (refused != null) {
                return new LineResult(line, command, refused.getStatus(), null, refused);
            }
            try {
                WriteOutcome written = Writes.answer(outcome);
                return new LineResult(line, command, written.replayed() ? 200 : 201, written.receipt(), null);
            } catch (RuntimeException e) {
                ProblemDetail problem = problems.problemFor(e);
                return new LineResult(line, command, problem.getStatus(), null, problem);
            }
        }
    }

    /** The counts of the lines answered so far. */
    private static final class Counts {

        private int appended;
        private int repeated;
        private int failed;

        void answer(LineResult result, Consumer<LineResult> results) {
            results.accept(result);
            if (result.problem() != null) {
                failed++;
            } else if (result.status() == 200) {
                repeated++;
            } else {
                appended++;
            }
            if (result.line() % PROGRESS_EVERY == 0) {
                LOG.info("Import: {} lines read, {} appended, {} already there, {} failed",
                        result.line(), appended, repeated, failed);
            }
        }
    }

    /** The line queued for writing, or refused; nothing for a blank one. */
    private Queued queue(BoundedLines.Line line) {
        if (line instanceof BoundedLines.Text text) {
            return text.text().isBlank() ? null : queueLine(text.number(), text.text());
        }
        ProblemDetail problem = line instanceof BoundedLines.TooLong
                ? ImportProblems.lineTooLong(BoundedLines.MAX_LINE) : ImportProblems.notUtf8();
        return new Queued(line.number(), null, null, problem);
    }

    private Queued queueLine(int number, String line) {
        String command = null;
        try {
            JsonNode node = json.readTree(line);
            if (!(node instanceof ObjectNode object)) {
                throw new InvalidValue("command", "each line is a JSON object");
            }
            command = text(object, "command");
            return new Queued(number, command,
                    write(command, object, "import-" + sha256(json.writeValueAsString(object))), null);
        } catch (Exception e) {
            return new Queued(number, command, null, problems.problemFor(e));
        }
    }

    private CompletableFuture<WriteOutcome> write(String command, ObjectNode line, String key)
            throws JsonProcessingException {
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

    private <B> CompletableFuture<WriteOutcome> create(Operation<B> operation, ObjectNode body, String key)
            throws JsonProcessingException {
        return writes.createLater(operation, json.treeToValue(body, operation.bodyType()), key);
    }

    private <B> CompletableFuture<WriteOutcome> change(Operation<B> operation, String id, ObjectNode body, String key)
            throws JsonProcessingException {
        return writes.changeLater(operation, id, json.treeToValue(body, operation.bodyType()), null, key);
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
