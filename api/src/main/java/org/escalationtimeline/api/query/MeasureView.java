package org.escalationtimeline.api.query;

import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureStatus;
import org.escalationtimeline.api.value.ActorCode;

import java.time.LocalDate;
import java.util.List;

/**
 * A measure as it stood at a cutoff.
 *
 * @param since the date of the development that gave it its status
 */
public record MeasureView(String id, ActorCode actor, List<ActorCode> targets, MeasureKind kind, List<String> items,
                          LocalDate effectiveOn, MeasureStatus status, LocalDate since, LocalDate until,
                          List<EventEntry> history) {
}
