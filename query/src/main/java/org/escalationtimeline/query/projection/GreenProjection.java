package org.escalationtimeline.query.projection;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("timeline-green")
class GreenProjection extends TimelineProjection {

    GreenProjection(RecordTables tables) {
        super(tables, Generations.GREEN.number());
    }
}
