package org.escalationtimeline.query.projection;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("timeline-blue")
class BlueProjection extends TimelineProjection {

    BlueProjection(RecordTables tables) {
        super(tables, Generations.BLUE.number());
    }
}
