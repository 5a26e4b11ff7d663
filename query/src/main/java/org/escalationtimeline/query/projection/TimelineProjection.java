package org.escalationtimeline.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.actor.ActorRegistered;
import org.escalationtimeline.api.correction.RecordCorrected;
import org.escalationtimeline.api.correction.RecordRetracted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.time.Instant;

/**
 * Projects the event stream into one generation of the read model. Two processing groups run
 * it, blue and green, each into its own generation: one is live, the other is what a rebuild
 * fills from the start of the stream before reads switch to it.
 */
public abstract class TimelineProjection {

    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final RecordTables tables;
    private final int generation;
    private PlatformTransactionManager transactions;

    protected TimelineProjection(RecordTables tables, int generation) {
        this.tables = tables;
        this.generation = generation;
    }

    @Autowired
    void transactions(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    /**
     * Each event's writes in a savepoint of the batch's transaction: an event the tables refuse leaves none of its
     * rows, and the batch's transaction stays usable (PostgreSQL refuses every statement of a transaction after a
     * failed one) for the dead-letter queue to set the event aside and for the rest of the batch.
     */
    @MessageHandlerInterceptor
    Object inSavepoint(EventMessage<?> event, InterceptorChain chain) throws Exception {
        TransactionStatus savepoint = transactions.getTransaction(SAVEPOINT);
        Object result;
        try {
            result = chain.proceed();
        } catch (Exception | Error failure) {
            transactions.rollback(savepoint);
            throw failure;
        }
        transactions.commit(savepoint);
        return result;
    }

    /** A rebuild starts from nothing: this generation's rows go before the stream is read again. */
    @ResetHandler
    void onReset() {
        tables.clear(generation);
    }

    @EventHandler
    void on(ActorRegistered event, @Timestamp Instant recordedAt, TrackingToken token) {
        tables.actorRegistered(generation, event, position(token), recordedAt);
    }

    @EventHandler
    void on(RecordedDevelopment event, DomainEventMessage<?> message, TrackingToken token) {
        tables.developmentRecorded(generation, event, message.getType(), position(token), message.getSequenceNumber(),
                message.getTimestamp());
    }

    @EventHandler
    void on(RecordCorrected event, @Timestamp Instant recordedAt) {
        tables.recordCorrected(generation, event, recordedAt);
    }

    @EventHandler
    void on(RecordRetracted event, @Timestamp Instant recordedAt) {
        tables.recordRetracted(generation, event.recordId(), recordedAt);
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("a tracked event without a position"));
    }
}
