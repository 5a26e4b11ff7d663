package org.escalationtimeline.command;

import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.command.registry.Registry;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** The rules every aggregate shares. */
public final class Rules {

    public static final String ACTORS_MUST_BE_REGISTERED = "actors-must-be-registered";
    public static final String DATES_MUST_NOT_RUN_BACKWARDS = "dates-must-not-run-backwards";

    private Rules() {
    }

    /** An actor must be registered before any command names it. */
    public static void requireRegistered(Registry registry, Collection<ActorCode> actors) {
        List<String> unknown = actors.stream().filter(actor -> !registry.isRegistered(actor))
                .map(ActorCode::value).distinct().toList();
        if (!unknown.isEmpty()) {
            throw RuleBroken.unprocessable(ACTORS_MUST_BE_REGISTERED,
                    "not registered: " + String.join(", ", unknown) + "; register an actor before naming it");
        }
    }

    public static void requireRegistered(Registry registry, ActorCode actor, Collection<ActorCode> others) {
        requireRegistered(registry, Stream.concat(Stream.of(actor), others.stream()).toList());
    }

    /** Inside one aggregate a development may not be dated before the one it follows. */
    public static void requireNotBefore(EventDate latest, EventDate date) {
        if (latest != null && !date.mayFollow(latest)) {
            throw RuleBroken.unprocessable(DATES_MUST_NOT_RUN_BACKWARDS,
                    "dated " + date + ", before " + latest + ", the date of what it follows");
        }
    }

    /**
     * The client's {@code If-Match}: Axon checks it when it loads an aggregate, but not for
     * handlers that may create one, so those check it here, against the version just loaded.
     */
    public static void requireVersion(String aggregateId, Long expectedVersion) {
        Long actual = AggregateLifecycle.getVersion();
        if (expectedVersion != null && actual != null && !expectedVersion.equals(actual)) {
            throw new ConflictingAggregateVersionException(aggregateId, expectedVersion, actual);
        }
    }

    /**
     * A creating command needs an id nothing uses yet. Ids are unique across aggregate types (the
     * event store keys streams by id), so any event under the id, of whatever type, means it is taken.
     */
    public static void requireNew(String type, String id) {
        if (AggregateLifecycle.getVersion() != null) {
            throw RuleBroken.conflict(type + "-exists", "id " + id + " is already in use");
        }
    }

    /** A lifecycle command needs the aggregate it is addressed to; a stream of another type is not it. */
    public static void requireExisting(Object identity, String type, String id) {
        if (identity == null) {
            throw RuleBroken.notFound(type + "-must-exist", "no " + type + " " + id);
        }
    }
}
