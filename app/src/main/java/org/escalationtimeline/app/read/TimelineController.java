package org.escalationtimeline.app.read;

import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.value.WorldDates;
import org.escalationtimeline.query.read.Cutoff;
import org.escalationtimeline.query.read.TimelineReader;
import org.escalationtimeline.query.view.Granularity;
import org.escalationtimeline.query.view.TensionSeries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** GET /api/timeline: the escalation timeline of a pair, 2010-01 to 2026-12 by default, at any cutoff. */
@RestController
@ReadSide
public class TimelineController {

    static final YearMonth FIRST = YearMonth.of(2010, 1);
    static final YearMonth LAST = YearMonth.of(2026, 12);
    private static final YearMonth FIRST_MONTH = YearMonth.from(WorldDates.FIRST);
    private static final YearMonth LAST_MONTH = YearMonth.from(WorldDates.LAST);

    private final TimelineReader timelines;
    private final Clock clock;

    TimelineController(TimelineReader timelines, Clock clock) {
        this.timelines = timelines;
        this.clock = clock;
    }

    /** The answer: the series and its episodes, with the cutoff it was read at. */
    public record Timeline(String pair, Granularity granularity, YearMonth from, YearMonth to, LocalDate asOf,
                           Instant knownAt, Object points, Object episodes) {
    }

    @GetMapping(path = "/api/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    Timeline timeline(@RequestParam(required = false) String pair, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, @RequestParam(required = false) String granularity,
                      @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        ActorPair actors = ActorPair.parse(pair);
        Cutoff cutoff = new Cutoff(ReadParameters.asOf(asOf, clock), ReadParameters.knownAt(knownAt, clock));
        YearMonth start = month("from", from, FIRST);
        YearMonth end = month("to", to, LAST);
        if (end.isBefore(start)) {
            throw new InvalidValue("to", "must not be before from");
        }
        TensionSeries series = timelines.timeline(actors, cutoff, start, end, granularity(granularity));
        return new Timeline(actors.toString(), series.granularity(), series.from(), series.to(), cutoff.asOf(),
                cutoff.knownAt(), series.points(), series.episodes());
    }

    static Granularity granularity(String value) {
        try {
            return value == null ? Granularity.MONTH : Granularity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("granularity", "must be MONTH, QUARTER or YEAR");
        }
    }

    static YearMonth month(String name, String value, YearMonth fallback) {
        if (value == null) {
            return fallback;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValue(name, "'" + value + "' is not a month such as 2010-09");
        }
        // The months a development can fall in: beyond them a series is all zeros, and as long as asked.
        if (month.isBefore(FIRST_MONTH) || month.isAfter(LAST_MONTH)) {
            throw new InvalidValue(name, "'" + value + "' is outside " + FIRST_MONTH + " to " + LAST_MONTH);
        }
        return month;
    }
}
