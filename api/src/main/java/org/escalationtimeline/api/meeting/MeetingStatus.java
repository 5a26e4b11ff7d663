package org.escalationtimeline.api.meeting;

public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED
}
