package org.escalationtimeline.api.measure;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

import java.time.LocalDate;

/** @param until the announced end of the easing or suspension, if any */
@Revision("1")
public record MeasureSuspended(String measureId, LocalDate until, Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return measureId;
    }
}
