package org.escalationtimeline.api.measure;

/** THREATENED until announced; IN_FORCE and EASED are active; SUSPENDED is not; LIFTED is the end. */
public enum MeasureStatus {
    THREATENED, IN_FORCE, EASED, SUSPENDED, LIFTED;

    /** Whether a measure in this status bears on its targets (the stances read this). */
    public boolean active() {
        return this == IN_FORCE || this == EASED;
    }
}
