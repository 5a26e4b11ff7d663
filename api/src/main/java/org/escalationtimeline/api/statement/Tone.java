package org.escalationtimeline.api.statement;

public enum Tone {
    HOSTILE, CRITICAL, NEUTRAL, CONCILIATORY, SUPPORTIVE
}
