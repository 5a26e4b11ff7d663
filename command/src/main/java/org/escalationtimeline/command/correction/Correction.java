package org.escalationtimeline.command.correction;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.correction.CorrectRecord;
import org.escalationtimeline.api.correction.RecordCorrected;
import org.escalationtimeline.api.correction.RecordRetracted;
import org.escalationtimeline.api.correction.RetractRecord;
import org.escalationtimeline.command.Rules;
import org.escalationtimeline.command.registry.Registry;
import org.escalationtimeline.command.registry.Registry.KnownRecord;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The corrections of one recorded development, identified by that development's event id.
 * Events are immutable: a correction is a new event that reads apply from its recording instant.
 */
@Aggregate
public class Correction {

    @AggregateIdentifier
    private String correctionsId;
    private boolean retracted;

    protected Correction() {
        // For Axon: the corrections of a record are rebuilt from their events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CorrectRecord command, Registry registry) {
        KnownRecord record = requireCorrectable(command.recordId(), registry);
        Rules.requireVersion(command.corrections(), command.expectedVersion());
        if (retracted) {
            throw RuleBroken.conflict("record-retracted",
                    "record " + command.recordId() + " was retracted; it is not corrected");
        }
        apply(new RecordCorrected(command.recordId(), record.aggregateId(), command.eventId(), command.date(), command.summary(),
                command.sources(), command.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RetractRecord command, Registry registry) {
        KnownRecord record = requireCorrectable(command.recordId(), registry);
        Rules.requireVersion(command.corrections(), command.expectedVersion());
        if (retracted) {
            throw RuleBroken.conflict("record-retracted-once", "record " + command.recordId() + " is already retracted");
        }
        apply(new RecordRetracted(command.recordId(), record.aggregateId(), command.eventId(), command.reason()));
    }

    /** Only a development is corrected or retracted: not a registration, not another correction. */
    private static KnownRecord requireCorrectable(UUID recordId, Registry registry) {
        var record = registry.record(recordId).orElseThrow(() -> RuleBroken.notFound("record-must-exist",
                "no event " + recordId + " was recorded"));
        if (!record.development()) {
            throw RuleBroken.unprocessable("only-developments-are-corrected",
                    "event " + recordId + " is a " + record.eventType() + ", not a development");
        }
        return record;
    }

    @EventSourcingHandler
    void on(RecordCorrected event) {
        correctionsId = CorrectRecord.correctionsOf(event.recordId());
    }

    @EventSourcingHandler
    void on(RecordRetracted event) {
        correctionsId = CorrectRecord.correctionsOf(event.recordId());
        retracted = true;
    }
}
