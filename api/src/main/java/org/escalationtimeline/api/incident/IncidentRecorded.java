package org.escalationtimeline.api.incident;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

@Revision("1")
public record IncidentRecorded(String incidentId, Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return incidentId;
    }
}
