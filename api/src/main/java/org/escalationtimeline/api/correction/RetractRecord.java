package org.escalationtimeline.api.correction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.InvalidValue;

import java.util.UUID;

/** Says that an earlier development was recorded in error. The event stays; reads stop counting it. */
public record RetractRecord(UUID recordId, UUID eventId, String reason,
                            @TargetAggregateVersion Long expectedVersion) {

    public RetractRecord {
        InvalidValue.require("recordId", recordId);
        InvalidValue.require("eventId", eventId);
        reason = Reasons.check(reason);
    }

    /** The corrections of a record are an aggregate of their own, under an id no client can choose. */
    @TargetAggregateIdentifier
    public String corrections() {
        return CorrectRecord.correctionsOf(recordId);
    }
}
