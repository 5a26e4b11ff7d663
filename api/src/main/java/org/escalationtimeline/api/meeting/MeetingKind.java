package org.escalationtimeline.api.meeting;

public enum MeetingKind {
    MEETING, STATE_VISIT, SUMMIT
}
