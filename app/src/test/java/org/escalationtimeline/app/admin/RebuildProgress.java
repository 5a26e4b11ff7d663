package org.escalationtimeline.app.admin;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** What GET /api/admin/replay answers, as the rebuild tests wait on it. */
public final class RebuildProgress {

    private RebuildProgress() {
    }

    /** A rebuild started at {@code startedAt} or later has finished and switched reads to {@code generation}. */
    public static boolean switchedTo(JsonNode progress, int generation, Instant startedAt) {
        return progress.path("status").asText().equals("IDLE") && progress.path("liveGeneration").asInt() == generation
                && !progress.path("finishedAt").isNull()
                && !Instant.parse(progress.path("finishedAt").asText()).isBefore(startedAt);
    }
}
