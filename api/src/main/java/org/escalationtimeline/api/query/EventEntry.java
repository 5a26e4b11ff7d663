package org.escalationtimeline.api.query;

import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.api.value.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One development in the event list, as known at the read's cutoff: a corrected record shows its
 * corrected fields from the instant of the correction on.
 *
 * @param recordedAt  when the development was first recorded
 * @param correctedAt when the version shown was recorded, if it is a correction
 */
public record EventEntry(UUID eventId, String type, LocalDate date, DatePrecision datePrecision, Instant recordedAt,
                         long position, ActorCode actor, List<ActorCode> targets, String summary, List<Source> sources,
                         Cameo cameo, double goldstein, AggregateRef aggregate, boolean corrected,
                         Instant correctedAt) {

    /** A CAMEO code with its label and GDELT QuadClass (1–4). */
    public record Cameo(String code, String label, int quadClass) {
    }

    /** The aggregate a development belongs to, e.g. {@code {"type": "measure", "id": "cn-dual-use-ban-2026"}}. */
    public record AggregateRef(String type, String id) {
    }
}
