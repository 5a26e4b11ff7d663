package org.escalationtimeline.app.store;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * How events stored under an earlier revision are read in today's shape: one upcaster per step from a revision to the
 * next, in the order they were written. Stored rows are never rewritten; the frozen fixtures of each earlier revision
 * (test resources, {@code event-json/stored-*}) must keep loading through this chain.
 */
public final class StoredEventUpcasters {

    private StoredEventUpcasters() {
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(new MeetingScheduledUpcaster());
    }
}
