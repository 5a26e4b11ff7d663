package org.escalationtimeline.app.read;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.query.export.Exports;
import org.escalationtimeline.query.export.TimelineJs;
import org.escalationtimeline.query.export.TimelineJsDocument;
import org.escalationtimeline.query.read.Cutoff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Exports (DESIGN §9): a pair's timeline as a TimelineJS 3 document, and the event list as CSV
 * with GDELT-like columns. Both read at one cutoff, asOf and knownAt defaulting to now.
 */
@RestController
@ReadSide
public class ExportController {

    static final String CSV = "text/csv";
    static final MediaType CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Exports exports;
    private final Clock clock;

    ExportController(Exports exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    /** TimelineJS fetches its document from the page that embeds it, which may be served elsewhere. */
    @Operation(summary = "A pair's timeline as a TimelineJS 3 document",
            description = "A title slide, one slide per development joining the pair (dated as precisely as it is "
                    + "known, unique_id = eventId, group = the kind of record or, with group=actor, its actor) and "
                    + "one era per escalation episode.")
    @CrossOrigin(origins = "*", methods = RequestMethod.GET)
    @GetMapping(path = "/api/export/timelinejs", produces = MediaType.APPLICATION_JSON_VALUE)
    TimelineJsDocument timelineJs(@RequestParam(required = false) String pair,
                                  @RequestParam(required = false) String asOf,
                                  @RequestParam(required = false) String knownAt,
                                  @RequestParam(required = false) String group) {
        ActorPair actors = ActorPair.parse(pair);
        Cutoff cutoff = new Cutoff(ReadParameters.asOf(asOf, clock), ReadParameters.knownAt(knownAt, clock));
        return exports.timelineJs(actors, cutoff, TimelineController.FIRST, DiffController.lastMonth(cutoff.asOf()),
                grouping(group));
    }

    @Operation(summary = "The event list as CSV with GDELT-like columns",
            description = "RFC 4180, with a header row. One row per direction of a development: from its actor to "
                    + "each target, or from every participant of a call or meeting to every other; with actor or "
                    + "pair, only the directions they are part of. GLOBALEVENTID is the position, DATEADDED the "
                    + "recording instant (YYYYMMDDHHMMSS, UTC). Streamed page by page in position order.",
            responses = @ApiResponse(responseCode = "200", description = "the CSV",
                    content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
    @GetMapping(path = "/api/export/events.csv", produces = CSV)
    ResponseEntity<StreamingResponseBody> eventsCsv(@RequestParam(required = false) String asOf,
                                                    @RequestParam(required = false) String knownAt,
                                                    @RequestParam(required = false) String actor,
                                                    @RequestParam(required = false) String pair,
                                                    @RequestParam(required = false) String type,
                                                    @RequestParam(required = false) String from,
                                                    @RequestParam(required = false) String to) {
        // Everything is checked before the first byte: a bad parameter is still a problem detail.
        Cutoff cutoff = new Cutoff(ReadParameters.asOf(asOf, clock), ReadParameters.knownAt(knownAt, clock));
        LocalDate start = ReadParameters.date("from", from);
        LocalDate end = ReadParameters.date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidValue("to", "must not be before from");
        }
        Exports.Selection selection = new Exports.Selection(cutoff, ReadParameters.actor("actor", actor),
                ReadParameters.pair(pair), type, start, end);
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            exports.csv(selection, writer);
        };
        return ResponseEntity.ok().contentType(CSV_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("events.csv")
                        .build().toString())
                .body(body);
    }

    static TimelineJs.Grouping grouping(String value) {
        if (value == null) {
            return TimelineJs.Grouping.TYPE;
        }
        try {
            return TimelineJs.Grouping.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("group", "must be type or actor");
        }
    }
}
