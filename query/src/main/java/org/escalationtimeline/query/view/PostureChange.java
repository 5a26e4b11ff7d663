package org.escalationtimeline.query.view;

import org.escalationtimeline.api.value.ActorCode;

/** The posture of {@code actor} toward {@code toward} moved from {@code from} to {@code to}. */
public record PostureChange(ActorCode actor, ActorCode toward, Posture from, Posture to) {
}
