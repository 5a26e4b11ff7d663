package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.escalationtimeline.app.TimelineProperties;
import org.escalationtimeline.app.http.BodyTooLarge;
import org.escalationtimeline.app.http.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * POST /api/import: NDJSON in, NDJSON out, one result a line as each line is written, then a
 * summary line. The response streams, so a long import shows its progress to the client too.
 * <p>
 * Bounded (BodyLimitFilter leaves this path to it): a line over 64 KiB is answered 413
 * {@code line-too-long} and skipped; a body that declares more than {@code timeline.import.max-body}
 * is refused with a 413 problem before anything is written; a chunked one that grows past it is
 * read up to the bound, and its summary line then carries the 413 problem that says it was cut. Should the service
 * fail during an import, its last line is a problem in place of the summary. A body that cannot be read on (a broken
 * chunked encoding) is the container's to answer, and it does, a 400 problem; then nothing more is written here.
 * Either way an answer without a summary line is not a whole one.
 */
@RestController
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('command')")
public class ImportController {

    static final String NDJSON = "application/x-ndjson";
    private static final Logger LOG = LoggerFactory.getLogger(ImportController.class);

    private final Importer importer;
    private final ObjectMapper json;
    private final ProblemResponses problems;
    private final long maxBody;

    ImportController(Importer importer, ObjectMapper json, ProblemResponses problems, TimelineProperties properties) {
        this.importer = importer;
        this.json = json;
        this.problems = problems;
        this.maxBody = properties.imports().maxBody().toBytes();
    }

    @PostMapping(path = "/api/import", consumes = {NDJSON, MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE},
            produces = NDJSON)
    ResponseEntity<StreamingResponseBody> importLines(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBody) {
            throw new BodyTooLarge(maxBody);
        }
        InputStream lines = request.getInputStream();
        StreamingResponseBody body = out -> {
            Importer.Summary summary;
            try {
                summary = importer.importLines(lines, result -> writeLine(out, result(result)));
            } catch (IOException | UncheckedIOException unreadableOrGone) {
                // The body could not be read on (the container answers that itself), or the client went away.
                LOG.warn("Import stopped before its summary: {}", unreadableOrGone.toString(), unreadableOrGone);
                throw unreadableOrGone;
            } catch (RuntimeException failed) {
                // The status went with the first line, and the answer ends cleanly: its last line, a problem in place
                // of the summary, says that it stopped, so that a client cannot take it for a whole one.
                writeLine(out, json.createObjectNode().set("problem", json.valueToTree(problems.problemFor(failed))));
                return;
            }
            ObjectNode last = json.createObjectNode().set("summary", json.valueToTree(summary));
            if (summary.cut() != null) {
                last.set("problem", json.valueToTree(summary.cut()));
            }
            writeLine(out, last);
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
    }

    private ObjectNode result(Importer.LineResult result) {
        ObjectNode line = json.createObjectNode();
        line.put("line", result.line());
        line.put("command", result.command());
        line.put("status", result.status());
        if (result.receipt() != null) {
            line.put("id", result.receipt().id());
            line.set("events", json.valueToTree(result.receipt().events()));
        } else {
            line.set("problem", json.valueToTree(result.problem()));
        }
        return line;
    }

    private void writeLine(OutputStream out, ObjectNode line) {
        try {
            out.write(json.writeValueAsBytes(line));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
