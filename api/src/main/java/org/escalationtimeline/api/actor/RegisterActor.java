package org.escalationtimeline.api.actor;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;

import java.util.UUID;

public record RegisterActor(@TargetAggregateIdentifier ActorCode code, String name, ActorKind kind, UUID eventId) {

    public static final int MAX_NAME = 200;

    public RegisterActor {
        InvalidValue.require("code", code);
        InvalidValue.require("name", name);
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidValue("name", "must have 1 to " + MAX_NAME + " characters");
        }
        InvalidValue.require("kind", kind);
        InvalidValue.require("eventId", eventId);
    }
}
