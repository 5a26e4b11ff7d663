package org.escalationtimeline.app.admin;

import org.escalationtimeline.query.DeadLetters;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * GET /api/admin/dead-letters: the events the projection could not handle and set aside, with why, so that an
 * operator sees what the read model lacks; POST .../{id}/retry once the cause is gone, POST .../{id}/evict to give up
 * on one (400 for an id that is not a UUID, 404 for one no generation in use holds, 409 when it cannot be retried
 * now). Needs the write token, as all of /api/admin/ does.
 */
@RestController
@RequestMapping(path = "/api/admin/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('query')")
public class DeadLettersController {

    private final DeadLetters deadLetters;

    DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** @param count every dead letter; {@code items} lists the first {@value DeadLetters#LISTED} */
    record Listing(long count, List<DeadLetters.SetAside> items) {
    }

    @GetMapping
    Listing list() {
        return new Listing(deadLetters.count(), deadLetters.list());
    }

    @PostMapping("/{id}/retry")
    DeadLetters.Acted retry(@PathVariable String id) {
        return deadLetters.retry(id);
    }

    @PostMapping("/{id}/evict")
    DeadLetters.Acted evict(@PathVariable String id) {
        return deadLetters.evict(id);
    }
}
