package org.escalationtimeline.api.measure;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

import java.util.List;

@Revision("1")
public record MeasureTightened(String measureId, List<String> addedItems, Development development)
        implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return measureId;
    }
}
