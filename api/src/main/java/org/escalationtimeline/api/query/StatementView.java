package org.escalationtimeline.api.query;

import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.api.value.ActorCode;

import java.util.List;

/** A statement as it stood at a cutoff: who demanded it be retracted, whether it was refused or retracted. */
public record StatementView(String id, ActorCode actor, String speaker, List<ActorCode> about, Tone tone, String topic,
                            List<ActorCode> retractionDemandedBy, int refusals, boolean retracted,
                            List<EventEntry> history) {
}
