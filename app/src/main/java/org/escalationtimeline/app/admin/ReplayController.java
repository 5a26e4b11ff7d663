package org.escalationtimeline.app.admin;

import org.escalationtimeline.query.rebuild.Rebuilds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/admin/replay rebuilds every projection from the event store, blue/green, while reads
 * keep answering; GET /api/admin/replay reports its progress. Both need the write token.
 */
@RestController
@RequestMapping(path = "/api/admin/replay", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('query')")
public class ReplayController {

    private final Rebuilds rebuilds;

    ReplayController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    ResponseEntity<Rebuilds.Progress> rebuild() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/admin/replay").body(rebuilds.start());
    }

    @GetMapping
    Rebuilds.Progress progress() {
        return rebuilds.progress();
    }
}
