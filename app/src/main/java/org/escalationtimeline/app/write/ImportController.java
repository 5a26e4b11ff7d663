package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * POST /api/import: NDJSON in, NDJSON out, one result a line as each line is written, then a
 * summary line. The response streams, so a long import shows its progress to the client too.
 */
@RestController
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('command')")
public class ImportController {

    static final String NDJSON = "application/x-ndjson";

    private final Importer importer;
    private final ObjectMapper json;

    ImportController(Importer importer, ObjectMapper json) {
        this.importer = importer;
        this.json = json;
    }

    @PostMapping(path = "/api/import", consumes = {NDJSON, MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE},
            produces = NDJSON)
    ResponseEntity<StreamingResponseBody> importLines(HttpServletRequest request) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
        StreamingResponseBody body = out -> {
            Importer.Summary summary = importer.importLines(lines, result -> writeLine(out, result(result)));
            writeLine(out, json.createObjectNode().set("summary", json.valueToTree(summary)));
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
