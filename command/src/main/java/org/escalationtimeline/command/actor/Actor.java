package org.escalationtimeline.command.actor;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.actor.ActorRegistered;
import org.escalationtimeline.api.actor.RegisterActor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A country, bloc or organisation that commands may name once it is registered. */
@Aggregate
public class Actor {

    @AggregateIdentifier
    private String code;

    protected Actor() {
        // For Axon: an actor is rebuilt from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterActor command) {
        if (AggregateLifecycle.getVersion() != null) {
            throw RuleBroken.conflict("actor-registered-once", "actor " + command.code() + " is already registered");
        }
        apply(new ActorRegistered(command.eventId(), command.code(), command.name(), command.kind()));
    }

    @EventSourcingHandler
    void on(ActorRegistered event) {
        this.code = event.code().value();
    }
}
