package org.escalationtimeline.app.read;

import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.query.read.Cutoff;
import org.escalationtimeline.query.read.StanceReader;
import org.escalationtimeline.query.view.Stance;
import org.escalationtimeline.query.view.Stances;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/** GET /api/stances: every actor's posture toward every other it has dealt with, at any cutoff. */
@RestController
@ReadSide
public class StancesController {

    static final int MAX_WINDOW_DAYS = 3660;

    private final StanceReader stances;
    private final Clock clock;

    StancesController(StanceReader stances, Clock clock) {
        this.stances = stances;
        this.clock = clock;
    }

    public record StanceList(LocalDate asOf, Instant knownAt, String window, List<Stance> stances) {
    }

    @GetMapping(path = "/api/stances", produces = MediaType.APPLICATION_JSON_VALUE)
    StanceList stances(@RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt,
                       @RequestParam(required = false) String window, @RequestParam(required = false) String actor) {
        Cutoff cutoff = new Cutoff(ReadParameters.asOf(asOf, clock), ReadParameters.knownAt(knownAt, clock));
        int days = windowDays(window);
        return new StanceList(cutoff.asOf(), cutoff.knownAt(), "P" + days + "D",
                stances.stances(cutoff, days, ReadParameters.actor("actor", actor)));
    }

    /** {@code P90D} or {@code 90}: a number of days. */
    static int windowDays(String window) {
        if (window == null) {
            return Stances.DEFAULT_WINDOW_DAYS;
        }
        try {
            int days = window.startsWith("P") ? Period.parse(window).getDays() : Integer.parseInt(window);
            if (days < 1 || days > MAX_WINDOW_DAYS || (window.startsWith("P") && !window.matches("^P\\d+D$"))) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidValue("window", "must be a number of days from 1 to " + MAX_WINDOW_DAYS
                    + ", such as P90D or 90");
        }
    }
}
