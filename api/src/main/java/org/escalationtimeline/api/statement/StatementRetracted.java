package org.escalationtimeline.api.statement;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

/** From the speaker's actor to the actors who demanded the retraction, or those the statement was about. */
@Revision("1")
public record StatementRetracted(String statementId, Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return statementId;
    }
}
