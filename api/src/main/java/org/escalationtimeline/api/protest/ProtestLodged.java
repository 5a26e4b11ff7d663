package org.escalationtimeline.api.protest;

import org.axonframework.serialization.Revision;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;

/** From the protester to the party protested against. */
@Revision("1")
public record ProtestLodged(String protestId, Forum forum, ProtestSubject about, Development development) implements RecordedDevelopment {

    @Override
    public String aggregateId() {
        return protestId;
    }
}
