package org.escalationtimeline.query;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.escalationtimeline.query.projection.Generations;
import org.escalationtimeline.query.projection.RecordSequencing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The projection's processors: pooled streaming, in segments that nodes share through the token
 * store, sequenced per development (see RecordSequencing), in batches (a batch is one
 * transaction; one event a transaction makes a replay several times slower). Claims are renewed and free segments
 * looked for at a pace set by the claim timeout (SegmentClaims); each node claims its even share (SegmentShare).
 * <p>
 * An event a projection cannot handle is set aside in Axon's dead-letter queue (table
 * {@code dead_letter_entry}), logged once, and the processor goes on: the later events of the same
 * development queue behind it, every other development flows on. A rebuild (a reset of the
 * processor's tokens) empties its group's queue, as it empties its generation.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class ReadSideProcessing {

    static final int SEGMENTS = 4;
    static final int BATCH_SIZE = 100;

    static final DeadLetterSchema DEAD_LETTER_SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable("dead_letter_entry")
            .deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("aggregate_type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    private static final Logger LOG = LoggerFactory.getLogger(ReadSideProcessing.class);

    @Autowired
    void configureProcessors(EventProcessingConfigurer processing, RecordSequencing sequencing,
                             ConnectionProvider connections, TransactionManager transactions, SegmentClaims claims,
                             SegmentShare share) {
        for (Generations generation : Generations.values()) {
            String group = generation.processingGroup();
            processing.registerPooledStreamingEventProcessor(group, Configuration::eventStore,
                    (configuration, builder) -> builder.initialSegmentCount(SEGMENTS).batchSize(BATCH_SIZE)
                            .claimExtensionThreshold(claims.extensionThresholdMs())
                            .tokenClaimInterval(claims.claimIntervalMs())
                            .maxSegmentProvider(share));
            processing.registerSequencingPolicy(group, configuration -> sequencing);
            processing.registerDeadLetterQueue(group, configuration -> JdbcSequencedDeadLetterQueue.builder()
                    .processingGroup(group)
                    .schema(DEAD_LETTER_SCHEMA)
                    .connectionProvider(connections)
                    .transactionManager(transactions)
                    .genericSerializer(configuration.serializer())
                    .eventSerializer(configuration.eventSerializer())
                    .build());
            processing.registerDeadLetterPolicy(group, configuration -> loggedOnce(group));
            // allowReset: resetTokens clears the group's dead letters. The cache spares a query per event of a
            // development that has none.
            processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                    (configuration, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache());
        }
    }

    /**
     * Sets every failed event aside, and says so once: Axon asks the policy only when a handler fails, not for the
     * later events of the same development, which join the queue without being handled. A retried letter that fails
     * again stays where it is, with the new cause.
     */
    static EnqueuePolicy<EventMessage<?>> loggedOnce(String group) {
        return (letter, cause) -> {
            EventMessage<?> event = letter.message();
            if (letter instanceof JdbcDeadLetter<?>) {
                // Already in the queue: an operator's retry failed (Axon has logged the trace). It keeps its place.
                LOG.warn("Retried {} {} in {}: failed again, still set aside ({})", event.getPayloadType().getSimpleName(),
                        event.getIdentifier(), group, cause.getClass().getSimpleName());
                return Decisions.requeue(ThrowableCause.truncated(cause));
            }
            LOG.warn("Set aside {} {} at position {} in {}: the projection failed on it; the later events of its "
                            + "development wait behind it, every other event goes on (GET /api/admin/dead-letters)",
                    event.getPayloadType().getSimpleName(), event.getIdentifier(), DeadLetters.position(event), group, cause);
            return Decisions.enqueue(ThrowableCause.truncated(cause));
        };
    }
}
