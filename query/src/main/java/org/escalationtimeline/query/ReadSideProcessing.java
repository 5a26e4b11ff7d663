package org.escalationtimeline.query;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.escalationtimeline.query.projection.Generations;
import org.escalationtimeline.query.projection.RecordSequencing;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The projection's processors: pooled streaming, in segments that nodes share through the token
 * store, sequenced per development (see RecordSequencing), in batches (a batch is one
 * transaction; one event a transaction makes a replay several times slower).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class ReadSideProcessing {

    static final int SEGMENTS = 4;
    static final int BATCH_SIZE = 100;

    @Autowired
    void configureProcessors(EventProcessingConfigurer processing, RecordSequencing sequencing) {
        for (Generations generation : Generations.values()) {
            processing.registerPooledStreamingEventProcessor(generation.processingGroup(), Configuration::eventStore,
                    (configuration, builder) -> builder.initialSegmentCount(SEGMENTS).batchSize(BATCH_SIZE));
            processing.registerSequencingPolicy(generation.processingGroup(), configuration -> sequencing);
        }
    }
}
