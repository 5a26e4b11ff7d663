package org.escalationtimeline.query.rebuild;

/**
 * Where a rebuild stands. IDLE: only the live generation's processor runs. RESETTING: the other
 * processor is stopped on every node so its tokens can be reset. REBUILDING: it fills its
 * generation from the start of the stream, on every node, until it reaches the head.
 */
public enum RebuildPhase {
    IDLE, RESETTING, REBUILDING
}
