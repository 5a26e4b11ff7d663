package org.escalationtimeline.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.escalationtimeline.api.ActorLists;
import org.escalationtimeline.api.AggregateIds;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.value.ActorCode;

import java.util.List;

/**
 * Any development without a lifecycle of its own (an arrest, a release, a collision, a boycott by
 * the public). It has no default coding: the report must carry its CAMEO code.
 */
public record RecordIncident(@TargetAggregateIdentifier String incidentId, ActorCode actor, List<ActorCode> targets,
                             Report report) {

    public RecordIncident {
        AggregateIds.require("id", incidentId);
        InvalidValue.require("actor", actor);
        targets = ActorLists.distinct("targets", targets);
        if (targets.contains(actor)) {
            throw new InvalidValue("targets", "the actor is not its own target");
        }
        InvalidValue.require("report", report);
        if (report.coding() == null || report.coding().cameo() == null) {
            throw new InvalidValue("cameo", "an incident needs its CAMEO code");
        }
    }
}
