package org.escalationtimeline.api.statement;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

/** The speaker's actor is the development's actor; {@code about} its targets. */
@Revision("1")
public record StatementMade(String statementId, String speaker, Tone tone, String topic, Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return statementId;
    }
}
