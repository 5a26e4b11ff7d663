package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.app.TimelineProperties;
import org.escalationtimeline.app.http.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * An import that the service cannot take to its end says so in its last line: its status went out with the first
 * line and its answer ends cleanly, so without that line a client would take what it got for the whole answer.
 */
class StoppedImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TimelineProperties PROPERTIES = new TimelineProperties(Path.of("data"), null,
            new TimelineProperties.Dataset(false), Set.of("command", "query"),
            new TimelineProperties.Import(DataSize.ofMegabytes(64)), new TimelineProperties.Write(50));

    @Test
    void anImportThatFailsAfterItsFirstLineEndsWithAProblemInPlaceOfItsSummary() throws IOException {
        Importer failing = answeringLineOneThen(new IllegalStateException("a failure no line is to blame for"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        answer(failing).writeTo(out);

        List<JsonNode> lines = ndjson(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("line").asInt()).isEqualTo(1);
        assertThat(lines.get(1).has("summary")).as("no summary: the import did not end").isFalse();
        assertThat(lines.get(1).path("problem").path("status").asInt()).isEqualTo(500);
        assertThat(lines.get(1).path("problem").path("type").asText()).isEqualTo("/problems/internal-error");
    }

    @Test
    void anImportWhoseClientIsGoneWritesNothingMore() throws IOException {
        Importer answering = answeringLineOneThen(null);
        List<String> writes = new ArrayList<>();
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                writes.add("write");
                throw new IOException("Broken pipe");
            }
        };

        StreamingResponseBody body = answer(answering);

        assertThatThrownBy(() -> body.writeTo(gone)).isInstanceOf(UncheckedIOException.class);
        assertThat(writes).as("one write found the client gone; nothing was tried after it").hasSize(1);
    }

    /** An importer that answers line 1, then fails with {@code failure} or, given none, ends with no summary. */
    private static Importer answeringLineOneThen(RuntimeException failure) throws IOException {
        Importer importer = mock(Importer.class);
        ProblemDetail refused = new ProblemResponses().problemFor(new InvalidValue("code", "is required"));
        doAnswer(call -> {
            call.<Consumer<Importer.LineResult>>getArgument(1)
                    .accept(new Importer.LineResult(1, "RegisterActor", 400, null, refused));
            if (failure != null) {
                throw failure;
            }
            return new Importer.Summary(1, 0, 0, 1, null);
        }).when(importer).importLines(any(), any());
        return importer;
    }

    private static StreamingResponseBody answer(Importer importer) throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/import");
        request.setContent("{}\n".getBytes(StandardCharsets.UTF_8));
        return new ImportController(importer, JSON, new ProblemResponses(), PROPERTIES).importLines(request).getBody();
    }

    private static List<JsonNode> ndjson(ByteArrayOutputStream out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }
}
