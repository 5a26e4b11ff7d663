package org.escalationtimeline.query.read;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a read stands on the two time axes: the world's date ({@code asOf}: only what happened
 * on or before it) and the recording instant ({@code knownAt}: only what had been recorded, and
 * corrected, by then).
 */
public record Cutoff(LocalDate asOf, Instant knownAt) {

    public Cutoff {
        if (asOf == null || knownAt == null) {
            throw new IllegalArgumentException("a cutoff has both an asOf date and a knownAt instant");
        }
    }

    long knownAtMs() {
        return knownAt.toEpochMilli();
    }
}
