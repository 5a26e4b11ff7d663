package org.escalationtimeline.api.measure;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

@Revision("1")
public record ThreatWithdrawn(String measureId, Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return measureId;
    }
}
