package org.escalationtimeline.api;

import java.util.UUID;

/**
 * An event that records a development of the dispute: everything the timeline, the stances and
 * the event list read. Registrations and corrections are events that are not developments.
 */
public interface RecordedDevelopment extends TimelineEvent {

    Development development();

    @Override
    default UUID eventId() {
        return development().eventId();
    }

    /** The id of the aggregate the development belongs to (a measure's, a statement's...). */
    String aggregateId();

    /**
     * True when the development is cooperation among equals (a call, a meeting) rather than an
     * action of {@code actor} toward {@code targets}: it then joins every participant to every
     * other, in both directions.
     */
    default boolean mutual() {
        return false;
    }
}
