package org.escalationtimeline.command.call;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.call.CallHeld;
import org.escalationtimeline.api.call.HoldCall;
import org.escalationtimeline.api.scoring.Coding;
import org.escalationtimeline.api.scoring.DefaultCodes;
import org.escalationtimeline.command.Rules;
import org.escalationtimeline.command.registry.Registry;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A telephone call between leaders or ministers: a fact with no lifecycle. */
@Aggregate
public class Call {

    @AggregateIdentifier
    private String callId;

    protected Call() {
        // For Axon: a call is rebuilt from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(HoldCall command, Registry registry) {
        Rules.requireNew("call", command.callId());
        Rules.requireRegistered(registry, command.participants());
        var participants = command.participants();
        apply(new CallHeld(command.callId(), participants,
                Development.of(command.report(), participants.get(0), participants.subList(1, participants.size()),
                        Coding.of(DefaultCodes.DISCUSS_BY_TELEPHONE, command.report().coding()))));
    }

    @EventSourcingHandler
    void on(CallHeld event) {
        callId = event.callId();
    }
}
