package org.escalationtimeline.api.query;

import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.MeetingStatus;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.value.ActorCode;

import java.util.List;

/** A meeting as it stood at a cutoff; {@code plannedFor} is as announced ("2026-04"). */
public record MeetingView(String id, MeetingKind kind, List<ActorCode> participants, ActorCode host, String plannedFor,
                          MeetingStatus status, Outcome outcome, List<EventEntry> history) {
}
