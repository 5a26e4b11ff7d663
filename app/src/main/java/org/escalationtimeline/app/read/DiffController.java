package org.escalationtimeline.app.read;

import io.swagger.v3.oas.annotations.Operation;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.query.read.Cutoff;
import org.escalationtimeline.query.read.StanceReader;
import org.escalationtimeline.query.read.TimelineReader;
import org.escalationtimeline.query.view.Episode;
import org.escalationtimeline.query.view.EpisodeDiff;
import org.escalationtimeline.query.view.Granularity;
import org.escalationtimeline.query.view.PeakChange;
import org.escalationtimeline.query.view.PostureChange;
import org.escalationtimeline.query.view.StanceDiff;
import org.escalationtimeline.query.view.TensionSeries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What changed between two cutoffs (DESIGN §9): the postures that moved, and the episodes that
 * opened, closed, disappeared or peaked differently. A cutoff is an asOf date and a knownAt
 * instant: {@code from} and {@code to} are the two asOf dates (both default to {@code asOf}, then
 * to today), {@code fromKnownAt} and {@code toKnownAt} the two knownAt instants (both default to
 * {@code knownAt}, then to now). Comparing two recording instants at one asOf shows what a
 * correction or a retraction changed.
 */
@RestController
@ReadSide
public class DiffController {

    private final StanceReader stances;
    private final TimelineReader timelines;
    private final Clock clock;

    DiffController(StanceReader stances, TimelineReader timelines, Clock clock) {
        this.stances = stances;
        this.timelines = timelines;
        this.clock = clock;
    }

    /** One side of a comparison. */
    public record CutoffView(LocalDate asOf, Instant knownAt) {

        static CutoffView of(Cutoff cutoff) {
            return new CutoffView(cutoff.asOf(), cutoff.knownAt());
        }
    }

    /** The answer of GET /api/stances/diff. */
    public record StanceChanges(CutoffView from, CutoffView to, String window, List<PostureChange> changes) {
    }

    /** The answer of GET /api/timeline/diff. */
    public record EpisodeChanges(String pair, CutoffView from, CutoffView to, List<Episode> opened,
                                 List<Episode> closed, List<Episode> removed, List<PeakChange> peakChanges) {
    }

    @Operation(summary = "Postures that moved between two cutoffs",
            description = "Every ordered pair of actors whose posture differs between the stances at the two cutoffs "
                    + "(a pair with no stance on one side counts as NEUTRAL there), by actor, then toward. Give "
                    + "from/to for two asOf dates, or fromKnownAt/toKnownAt for two recording instants.")
    @GetMapping(path = "/api/stances/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    StanceChanges stances(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt,
                          @RequestParam(required = false) String fromKnownAt,
                          @RequestParam(required = false) String toKnownAt,
                          @RequestParam(required = false) String window, @RequestParam(required = false) String actor) {
        Cutoff[] sides = sides(from, to, asOf, knownAt, fromKnownAt, toKnownAt);
        int days = StancesController.windowDays(window);
        var code = ReadParameters.actor("actor", actor);
        StanceDiff diff = StanceDiff.between(stances.stances(sides[0], days, code), stances.stances(sides[1], days, code));
        return new StanceChanges(CutoffView.of(sides[0]), CutoffView.of(sides[1]), "P" + days + "D", diff.changes());
    }

    @Operation(summary = "Escalation episodes that changed between two cutoffs",
            description = "The pair's episodes (as GET /api/timeline reads them, from 2010-01) at both cutoffs, matched "
                    + "by first month: those that opened, those open at the first and closed at the second, those "
                    + "that disappeared (a correction or retraction in between), and changed peaks.")
    @GetMapping(path = "/api/timeline/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    EpisodeChanges timeline(@RequestParam(required = false) String pair, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                            @RequestParam(required = false) String knownAt,
                            @RequestParam(required = false) String fromKnownAt,
                            @RequestParam(required = false) String toKnownAt) {
        ActorPair actors = ActorPair.parse(pair);
        Cutoff[] sides = sides(from, to, asOf, knownAt, fromKnownAt, toKnownAt);
        EpisodeDiff diff = EpisodeDiff.between(series(actors, sides[0]), series(actors, sides[1]));
        return new EpisodeChanges(actors.toString(), CutoffView.of(sides[0]), CutoffView.of(sides[1]), diff.opened(),
                diff.closed(), diff.removed(), diff.peakChanges());
    }

    /** The whole timeline the pair has at the cutoff: 2010-01 to 2026-12, or to asOf's month if later. */
    private TensionSeries series(ActorPair pair, Cutoff cutoff) {
        return timelines.timeline(pair, cutoff, TimelineController.FIRST, lastMonth(cutoff.asOf()), Granularity.MONTH);
    }

    static YearMonth lastMonth(LocalDate asOf) {
        YearMonth month = YearMonth.from(asOf);
        return month.isAfter(TimelineController.LAST) ? month : TimelineController.LAST;
    }

    /**
     * The two cutoffs compared. A comparison names at least one side of its own ({@code from} or
     * {@code fromKnownAt}: otherwise both sides default alike and nothing can differ), and no side
     * comes after the other on either axis.
     */
    private Cutoff[] sides(String from, String to, String asOf, String knownAt, String fromKnownAt, String toKnownAt) {
        if (from == null && fromKnownAt == null) {
            throw new InvalidValue("from", "is required: the asOf date of the first cutoff "
                    + "(or fromKnownAt, to compare two recording instants)");
        }
        LocalDate sharedAsOf = ReadParameters.asOf(asOf, clock);
        Instant sharedKnownAt = ReadParameters.knownAt(knownAt, clock);
        LocalDate fromAsOf = from == null ? sharedAsOf : ReadParameters.date("from", from);
        LocalDate toAsOf = to == null ? sharedAsOf : ReadParameters.date("to", to);
        Instant fromKnown = fromKnownAt == null ? sharedKnownAt : knownAt("fromKnownAt", fromKnownAt);
        Instant toKnown = toKnownAt == null ? sharedKnownAt : knownAt("toKnownAt", toKnownAt);
        if (toAsOf.isBefore(fromAsOf)) {
            throw new InvalidValue(to == null ? "from" : "to", "the second cutoff's asOf (" + toAsOf
                    + ") must not be before the first's (" + fromAsOf + ")");
        }
        if (toKnown.isBefore(fromKnown)) {
            throw new InvalidValue(toKnownAt == null ? "fromKnownAt" : "toKnownAt", "the second cutoff's knownAt ("
                    + toKnown + ") must not be before the first's (" + fromKnown + ")");
        }
        return new Cutoff[]{new Cutoff(fromAsOf, fromKnown), new Cutoff(toAsOf, toKnown)};
    }

    /** A knownAt under another name: a bad one is a 400 naming that parameter. */
    private Instant knownAt(String name, String value) {
        try {
            return ReadParameters.knownAt(value, clock);
        } catch (InvalidValue e) {
            throw new InvalidValue(name, e.reason());
        }
    }
}
