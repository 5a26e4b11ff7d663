package org.escalationtimeline.command.statement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.scoring.Coding;
import org.escalationtimeline.api.scoring.DefaultCodes;
import org.escalationtimeline.api.statement.DemandRetraction;
import org.escalationtimeline.api.statement.MakeStatement;
import org.escalationtimeline.api.statement.RefuseRetraction;
import org.escalationtimeline.api.statement.RetractStatement;
import org.escalationtimeline.api.statement.RetractionDemanded;
import org.escalationtimeline.api.statement.RetractionRefused;
import org.escalationtimeline.api.statement.StatementMade;
import org.escalationtimeline.api.statement.StatementRetracted;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.command.Rules;
import org.escalationtimeline.command.registry.Registry;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Something an actor's official said about other actors, and what followed: demands that it be
 * taken back, refusals, a retraction.
 */
@Aggregate
public class Statement {

    @AggregateIdentifier
    private String statementId;
    private ActorCode actor;
    private List<ActorCode> about;
    private final List<ActorCode> demanders = new ArrayList<>();
    private boolean retracted;
    private EventDate latestDate;

    protected Statement() {
        // For Axon: a statement is rebuilt from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MakeStatement command, Registry registry) {
        Rules.requireNew("statement", command.statementId());
        Rules.requireRegistered(registry, command.actor(), command.about());
        apply(new StatementMade(command.statementId(), command.speaker(), command.tone(), command.topic(),
                Development.of(command.report(), command.actor(), command.about(),
                        Coding.of(DefaultCodes.statement(command.tone()), command.report().coding()))));
    }

    @CommandHandler
    void handle(DemandRetraction command, Registry registry) {
        Rules.requireExisting(statementId, "statement", command.statementId());
        requireNotRetracted();
        if (command.by().equals(actor)) {
            throw RuleBroken.unprocessable("retraction-demanded-by-another-actor",
                    command.by() + " made the statement; a retraction is demanded by another actor");
        }
        Rules.requireRegistered(registry, List.of(command.by()));
        Rules.requireNotBefore(latestDate, command.report().date());
        apply(new RetractionDemanded(statementId, Development.of(command.report(), command.by(), List.of(actor),
                Coding.of(DefaultCodes.DEMAND, command.report().coding()))));
    }

    @CommandHandler
    void handle(RefuseRetraction command) {
        Rules.requireExisting(statementId, "statement", command.statementId());
        requireNotRetracted();
        if (!isRefusable(demanders)) {
            throw RuleBroken.conflict("refusal-only-after-a-demand",
                    "nobody has demanded that statement " + statementId + " be retracted");
        }
        Rules.requireNotBefore(latestDate, command.report().date());
        apply(new RetractionRefused(statementId, Development.of(command.report(), actor, List.copyOf(demanders),
                Coding.of(DefaultCodes.REJECT, command.report().coding()))));
    }

    @CommandHandler
    void handle(RetractStatement command) {
        Rules.requireExisting(statementId, "statement", command.statementId());
        if (retracted) {
            throw RuleBroken.conflict("retracted-once", "statement " + statementId + " is already retracted");
        }
        Rules.requireNotBefore(latestDate, command.report().date());
        apply(new StatementRetracted(statementId, Development.of(command.report(), actor, retractedToward(),
                Coding.of(DefaultCodes.YIELD, command.report().coding()))));
    }

    /** A refusal answers a demand: there must have been one. */
    static boolean isRefusable(List<ActorCode> demanders) {
        return !demanders.isEmpty();
    }

    /** A retraction yields to those who demanded it, or, unasked, to those the statement was about. */
    private List<ActorCode> retractedToward() {
        return demanders.isEmpty() ? about : List.copyOf(demanders);
    }

    private void requireNotRetracted() {
        if (retracted) {
            throw RuleBroken.conflict("statement-already-retracted", "statement " + statementId + " was retracted");
        }
    }

    @EventSourcingHandler
    void on(StatementMade event) {
        statementId = event.statementId();
        actor = event.development().actor();
        about = event.development().targets();
        latestDate = event.development().date();
    }

    @EventSourcingHandler
    void on(RetractionDemanded event) {
        ActorCode by = event.development().actor();
        if (!demanders.contains(by)) {
            demanders.add(by);
        }
        latestDate = event.development().date();
    }

    @EventSourcingHandler
    void on(RetractionRefused event) {
        latestDate = event.development().date();
    }

    @EventSourcingHandler
    void on(StatementRetracted event) {
        retracted = true;
        latestDate = event.development().date();
    }
}
