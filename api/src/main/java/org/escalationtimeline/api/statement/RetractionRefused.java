package org.escalationtimeline.api.statement;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

/** From the speaker's actor to the actor whose demand is refused. */
@Revision("1")
public record RetractionRefused(String statementId, Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return statementId;
    }
}
