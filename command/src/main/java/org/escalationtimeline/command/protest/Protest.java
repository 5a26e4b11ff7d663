package org.escalationtimeline.command.protest;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.LodgeProtest;
import org.escalationtimeline.api.protest.ProtestAcknowledged;
import org.escalationtimeline.api.protest.ProtestDismissed;
import org.escalationtimeline.api.protest.ProtestLodged;
import org.escalationtimeline.api.protest.ProtestRejected;
import org.escalationtimeline.api.protest.ProtestResponse;
import org.escalationtimeline.api.protest.ProtestSubject;
import org.escalationtimeline.api.protest.ProtestUpheld;
import org.escalationtimeline.api.protest.RespondToProtest;
import org.escalationtimeline.api.scoring.Coding;
import org.escalationtimeline.api.scoring.DefaultCodes;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.command.Rules;
import org.escalationtimeline.command.registry.Registry;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A protest one actor lodges against another, diplomatically or before a forum, and the answers
 * to it: rejected or acknowledged by the party protested against, upheld or dismissed by the WTO.
 */
@Aggregate
public class Protest {

    /** The actor whose rulings close a WTO dispute. */
    static final ActorCode WTO = new ActorCode("WTO");

    @AggregateIdentifier
    private String protestId;
    private ActorCode protester;
    private ActorCode against;
    private Forum forum;
    private final Set<ProtestResponse> answers = EnumSet.noneOf(ProtestResponse.class);
    private EventDate latestDate;

    protected Protest() {
        // For Axon: a protest is rebuilt from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LodgeProtest command, Registry registry) {
        Rules.requireNew("protest", command.protestId());
        Rules.requireRegistered(registry, command.actor(), List.of(command.against()));
        if (command.about() != null && !subjectExists(command.about(), registry)) {
            throw RuleBroken.unprocessable("protest-subject-must-exist",
                    "no " + command.about().aggregateType() + " " + command.about().aggregateId() + " to protest");
        }
        apply(new ProtestLodged(command.protestId(), command.forum(), command.about(),
                Development.of(command.report(), command.actor(), List.of(command.against()),
                        Coding.of(DefaultCodes.protestLodged(command.forum()), command.report().coding()))));
    }

    @CommandHandler
    void handle(RespondToProtest command, Registry registry) {
        Rules.requireExisting(protestId, "protest", command.protestId());
        ProtestResponse response = command.response();
        if (isRuled(answers)) {
            throw RuleBroken.conflict("nothing-after-a-ruling", "protest " + protestId + " has been ruled on");
        }
        if (answers.contains(response)) {
            throw RuleBroken.conflict("each-answer-once", "protest " + protestId + " was already " + response);
        }
        if (response.ruling()) {
            if (forum != Forum.WTO) {
                throw RuleBroken.unprocessable("ruling-only-in-a-wto-dispute",
                        "a " + forum + " protest is not ruled on; only a WTO dispute is " + response);
            }
            if (!WTO.equals(command.by())) {
                throw RuleBroken.unprocessable("ruled-by-the-wto", "only the WTO rules on a WTO dispute");
            }
        } else if (!against.equals(command.by())) {
            throw RuleBroken.unprocessable("answered-by-the-party-protested-against",
                    "protest " + protestId + " is against " + against + ", not " + command.by());
        }
        Rules.requireRegistered(registry, List.of(command.by()));
        Rules.requireNotBefore(latestDate, command.report().date());
        apply(answer(response, Development.of(command.report(), command.by(), answeredToward(response),
                Coding.of(DefaultCodes.protestAnswered(response), command.report().coding()))));
    }

    /** A ruling ends a dispute: nothing more is answered after it. */
    static boolean isRuled(Set<ProtestResponse> answers) {
        return answers.stream().anyMatch(ProtestResponse::ruling);
    }

    private static boolean subjectExists(ProtestSubject subject, Registry registry) {
        return registry.aggregateType(subject.aggregateId()).filter(subject.aggregateType()::equals).isPresent();
    }

    /** A party's answer goes back to the protester; a ruling goes to the party found for or against. */
    private List<ActorCode> answeredToward(ProtestResponse response) {
        return List.of(response.ruling() ? against : protester);
    }

    private RecordedDevelopment answer(ProtestResponse response, Development development) {
        return switch (response) {
            case REJECTED -> new ProtestRejected(protestId, development);
            case ACKNOWLEDGED -> new ProtestAcknowledged(protestId, development);
            case UPHELD -> new ProtestUpheld(protestId, development);
            case DISMISSED -> new ProtestDismissed(protestId, development);
        };
    }

    @EventSourcingHandler
    void on(ProtestLodged event) {
        protestId = event.protestId();
        forum = event.forum();
        protester = event.development().actor();
        against = event.development().targets().get(0);
        latestDate = event.development().date();
    }

    @EventSourcingHandler
    void on(ProtestRejected event) {
        answered(ProtestResponse.REJECTED, event.development());
    }

    @EventSourcingHandler
    void on(ProtestAcknowledged event) {
        answered(ProtestResponse.ACKNOWLEDGED, event.development());
    }

    @EventSourcingHandler
    void on(ProtestUpheld event) {
        answered(ProtestResponse.UPHELD, event.development());
    }

    @EventSourcingHandler
    void on(ProtestDismissed event) {
        answered(ProtestResponse.DISMISSED, event.development());
    }

    private void answered(ProtestResponse response, Development development) {
        answers.add(response);
        latestDate = development.date();
    }
}
