package org.escalationtimeline.api.protest;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

/** The WTO's ruling, from the WTO to the party protested against. */
@Revision("1")
public record ProtestUpheld(String protestId, Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return protestId;
    }
}
