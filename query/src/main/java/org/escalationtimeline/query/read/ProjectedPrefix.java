package org.escalationtimeline.query.read;

import java.time.Instant;

/**
 * How far the live read model is complete: reads that page by position show no event above it, so
 * that what they show is a prefix of the event store with no hole that a later read could fill.
 */
@FunctionalInterface
public interface ProjectedPrefix {

    /**
     * The highest position P such that every event at or below P that was recorded by
     * {@code knownAt} is in the read model, and no event at or below P recorded later can still be
     * appended; -1 when there is none.
     */
    long through(Instant knownAt);
}
