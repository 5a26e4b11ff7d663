package org.escalationtimeline.api.correction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.escalationtimeline.api.InvalidValue;

import java.util.UUID;

/** Says that an earlier development was recorded in error. The event stays; reads stop counting it. */
public record RetractRecord(@TargetAggregateIdentifier UUID recordId, UUID eventId, String reason,
                            @TargetAggregateVersion Long expectedVersion) {

    public RetractRecord {
        InvalidValue.require("recordId", recordId);
        InvalidValue.require("eventId", eventId);
        reason = Reasons.check(reason);
    }
}
