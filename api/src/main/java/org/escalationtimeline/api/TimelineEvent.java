package org.escalationtimeline.api;

import java.util.UUID;

/** Every event of the timeline carries its own id, given with the command that caused it. */
public interface TimelineEvent {

    UUID eventId();
}
