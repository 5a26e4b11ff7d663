package org.escalationtimeline.app.read;

import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.query.ActorView;
import org.escalationtimeline.api.query.MeasureView;
import org.escalationtimeline.api.query.MeetingView;
import org.escalationtimeline.api.query.ProtestView;
import org.escalationtimeline.api.query.StatementView;
import org.escalationtimeline.query.read.ActorReader;
import org.escalationtimeline.query.read.AggregateStates;
import org.escalationtimeline.query.read.Cutoff;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One measure, statement, protest or meeting as it stood at a cutoff, with its history; and the
 * registered actors. The ETag is the version the aggregate had then, for a following If-Match.
 */
@RestController
@ReadSide
public class AggregatesController {

    private final AggregateStates states;
    private final ActorReader actors;
    private final Clock clock;

    AggregatesController(AggregateStates states, ActorReader actors, Clock clock) {
        this.states = states;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping(path = "/api/actors", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ActorView> actors(@RequestParam(required = false) String knownAt) {
        return actors.all(ReadParameters.knownAt(knownAt, clock));
    }

    @GetMapping(path = "/api/actors/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ActorView actor(@PathVariable String code, @RequestParam(required = false) String knownAt) {
        return actors.one(ReadParameters.actor("code", code), ReadParameters.knownAt(knownAt, clock))
                .orElseThrow(() -> RuleBroken.notFound("actor-must-exist", "no actor " + code + " is registered"));
    }

    @GetMapping(path = "/api/measures/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MeasureView> measure(@PathVariable String id, @RequestParam(required = false) String asOf,
                                        @RequestParam(required = false) String knownAt) {
        Cutoff cutoff = cutoff(asOf, knownAt);
        return found("measure", id, cutoff, states.measure(id, cutoff));
    }

    @GetMapping(path = "/api/statements/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StatementView> statement(@PathVariable String id, @RequestParam(required = false) String asOf,
                                            @RequestParam(required = false) String knownAt) {
        Cutoff cutoff = cutoff(asOf, knownAt);
        return found("statement", id, cutoff, states.statement(id, cutoff));
    }

    @GetMapping(path = "/api/protests/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProtestView> protest(@PathVariable String id, @RequestParam(required = false) String asOf,
                                        @RequestParam(required = false) String knownAt) {
        Cutoff cutoff = cutoff(asOf, knownAt);
        return found("protest", id, cutoff, states.protest(id, cutoff));
    }

    @GetMapping(path = "/api/meetings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MeetingView> meeting(@PathVariable String id, @RequestParam(required = false) String asOf,
                                        @RequestParam(required = false) String knownAt) {
        Cutoff cutoff = cutoff(asOf, knownAt);
        return found("meeting", id, cutoff, states.meeting(id, cutoff));
    }

    private Cutoff cutoff(String asOf, String knownAt) {
        return new Cutoff(ReadParameters.asOf(asOf, clock), ReadParameters.knownAt(knownAt, clock));
    }

    /** The ETag is the aggregate's version as known at knownAt, what a following If-Match names. */
    private <T> ResponseEntity<T> found(String type, String id, Cutoff cutoff, Optional<T> view) {
        T found = view.orElseThrow(() -> RuleBroken.notFound(type + "-must-exist",
                "no " + type + " " + id + " is known at this cutoff"));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        states.version(id, cutoff).ifPresent(version -> response.eTag("\"" + version + "\""));
        return response.body(found);
    }
}
