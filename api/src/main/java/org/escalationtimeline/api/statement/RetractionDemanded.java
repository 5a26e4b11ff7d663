package org.escalationtimeline.api.statement;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

/** From the demanding actor to the speaker's actor. */
@Revision("1")
public record RetractionDemanded(String statementId, Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return statementId;
    }
}
