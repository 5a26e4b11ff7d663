package org.escalationtimeline.app.write;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to a write: the aggregate written and the events appended, with their positions. */
public record WriteReceipt(String id, List<AppendedEvent> events) {

    public record AppendedEvent(UUID eventId, String type, long position, Instant recordedAt) {
    }
}
