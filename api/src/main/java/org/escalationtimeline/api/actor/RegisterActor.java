package org.escalationtimeline.api.actor;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Text;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;

import java.util.UUID;

public record RegisterActor(@TargetAggregateIdentifier ActorCode code, String name, ActorKind kind, UUID eventId) {

    public static final int MAX_NAME = 200;

    public RegisterActor {
        InvalidValue.require("code", code);
        name = Text.line("name", name, MAX_NAME);
        InvalidValue.require("kind", kind);
        InvalidValue.require("eventId", eventId);
    }
}
