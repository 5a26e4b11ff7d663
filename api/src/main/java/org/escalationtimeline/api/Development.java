package org.escalationtimeline.api;

import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.scoring.Coding;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;

import java.util.List;
import java.util.UUID;

/**
 * What every recorded development carries, whatever its kind: who did it to whom, when in the
 * world, what was reported and where, and how it is coded. The recording instant and global
 * position are the event store's, not part of the payload.
 *
 * <p>
 * Stored in every development event, so it checks only what makes it a development (an id, a
 * date, an actor, a coding); the limits for new records are the command's ({@link Report}), so
 * that an event stored under other limits still reads.
 *
 * @param actor   the source of the action
 * @param targets the actors it was aimed at; for a call or meeting, the other participants
 */
public record Development(UUID eventId,
                          EventDate date,
                          ActorCode actor,
                          List<ActorCode> targets,
                          String summary,
                          List<Source> sources,
                          CameoCode cameo,
                          double goldstein) {

    public Development {
        InvalidValue.require("eventId", eventId);
        InvalidValue.require("date", date);
        InvalidValue.require("actor", actor);
        targets = List.copyOf(InvalidValue.require("targets", targets));
        sources = sources == null ? List.of() : List.copyOf(sources);
        InvalidValue.require("cameo", cameo);
        new Coding(cameo, goldstein);
    }

    /** A development reported as {@code report} and coded as {@code coding}. */
    public static Development of(Report report, ActorCode actor, List<ActorCode> targets, Coding coding) {
        return new Development(report.eventId(), report.date(), actor, targets, report.summary(), report.sources(),
                coding.cameo(), coding.goldstein());
    }

    public Coding coding() {
        return new Coding(cameo, goldstein);
    }
}
