package org.escalationtimeline.api.query;

import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;

import java.time.Instant;

public record ActorView(ActorCode code, String name, ActorKind kind, Instant registeredAt) {
}
