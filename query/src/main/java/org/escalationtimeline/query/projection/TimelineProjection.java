package org.escalationtimeline.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.actor.ActorRegistered;
import org.escalationtimeline.api.correction.RecordCorrected;
import org.escalationtimeline.api.correction.RecordRetracted;

import java.time.Instant;

/**
 * Projects the event stream into one generation of the read model. Two processing groups run
 * it, blue and green, each into its own generation: one is live, the other is what a rebuild
 * fills from the start of the stream before reads switch to it.
 */
public abstract class TimelineProjection {

    private final RecordTables tables;
    private final int generation;

    protected TimelineProjection(RecordTables tables, int generation) {
        this.tables = tables;
        this.generation = generation;
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
