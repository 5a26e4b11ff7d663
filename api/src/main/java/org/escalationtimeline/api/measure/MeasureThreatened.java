package org.escalationtimeline.api.measure;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

import java.time.LocalDate;
import java.util.List;

/** The actor and targets of the measure are the development's. */
@Revision("1")
public record MeasureThreatened(String measureId, MeasureKind kind, List<String> items, LocalDate effectiveOn,
                  Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return measureId;
    }
}
