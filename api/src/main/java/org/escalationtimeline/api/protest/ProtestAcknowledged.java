package org.escalationtimeline.api.protest;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

/** From the party protested against to the protester. */
@Revision("1")
public record ProtestAcknowledged(String protestId, Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return protestId;
    }
}
