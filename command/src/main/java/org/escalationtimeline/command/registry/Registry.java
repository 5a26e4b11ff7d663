package org.escalationtimeline.command.registry;

import org.escalationtimeline.api.value.ActorCode;

import java.util.Optional;
import java.util.UUID;

/**
 * What the write model knows of the whole set, beyond one aggregate: which actors are
 * registered, which ids exist, which events were recorded. It is written in the same transaction
 * as the events (never read from the read side), so a rule checked against it sees every
 * acknowledged write.
 */
public interface Registry {

    boolean isRegistered(ActorCode actor);

    /** The type of the aggregate with this id ("measure", "statement"...), if it exists. */
    Optional<String> aggregateType(String aggregateId);

    Optional<KnownRecord> record(UUID eventId);

    /**
     * An event the store holds: where it belongs, and whether it is a development (which a
     * correction may change) rather than a registration or a correction.
     */
    record KnownRecord(UUID eventId, String aggregateType, String aggregateId, long sequenceNumber,
                       String eventType, boolean development) {
    }
}
