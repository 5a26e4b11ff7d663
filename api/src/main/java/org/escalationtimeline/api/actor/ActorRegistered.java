package org.escalationtimeline.api.actor;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.TimelineEvent;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;

import java.util.UUID;

@Revision("1")
public record ActorRegistered(UUID eventId, ActorCode code, String name, ActorKind kind) implements TimelineEvent {
}
