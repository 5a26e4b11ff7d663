package org.escalationtimeline.app.read;

import org.escalationtimeline.api.query.EventPage;
import org.escalationtimeline.api.query.ListEvents;
import org.escalationtimeline.query.read.EventReader;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** GET /api/events: the event list at any asOf and knownAt, oldest position first, paged by position. */
@RestController
@ReadSide
public class EventsController {

    private final EventReader events;
    private final Clock clock;

    EventsController(EventReader events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @GetMapping(path = "/api/events", produces = MediaType.APPLICATION_JSON_VALUE)
    EventPage list(@RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt,
                   @RequestParam(required = false) String actor, @RequestParam(required = false) String pair,
                   @RequestParam(required = false) String type, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String after,
                   @RequestParam(required = false) String limit) {
        return events.list(new ListEvents(ReadParameters.asOf(asOf, clock), ReadParameters.knownAt(knownAt, clock),
                ReadParameters.actor("actor", actor), ReadParameters.pair(pair), type,
                ReadParameters.date("from", from), ReadParameters.date("to", to),
                ReadParameters.position("after", after),
                ReadParameters.limit(limit, ListEvents.DEFAULT_LIMIT, ListEvents.MAX_LIMIT)));
    }
}
