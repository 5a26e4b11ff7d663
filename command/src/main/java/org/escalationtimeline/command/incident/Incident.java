package org.escalationtimeline.command.incident;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.incident.IncidentRecorded;
import org.escalationtimeline.api.incident.RecordIncident;
import org.escalationtimeline.api.scoring.Coding;
import org.escalationtimeline.command.Rules;
import org.escalationtimeline.command.registry.Registry;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Any development with no lifecycle of its own, coded by the CAMEO code its recorder chose. */
@Aggregate
public class Incident {

    @AggregateIdentifier
    private String incidentId;

    protected Incident() {
        // For Axon: an incident is rebuilt from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordIncident command, Registry registry) {
        Rules.requireNew("incident", command.incidentId());
        Rules.requireRegistered(registry, command.actor(), command.targets());
        var report = command.report();
        apply(new IncidentRecorded(command.incidentId(), Development.of(report, command.actor(), command.targets(),
                Coding.of(report.coding().cameo(), report.coding()))));
    }

    @EventSourcingHandler
    void on(IncidentRecorded event) {
        incidentId = event.incidentId();
    }
}
