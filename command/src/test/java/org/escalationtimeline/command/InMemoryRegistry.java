package org.escalationtimeline.command;

import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.command.registry.Registry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stands in for the JDBC registry in the aggregate fixtures only: plain sets and maps the test
 * fills with what the set is supposed to hold. The real registry is tested in JdbcRegistryTest.
 */
public final class InMemoryRegistry implements Registry {

    private final Set<ActorCode> actors = new HashSet<>();
    private final Map<String, String> aggregates = new HashMap<>();
    private final Map<UUID, KnownRecord> records = new HashMap<>();

    public InMemoryRegistry register(ActorCode... codes) {
        actors.addAll(Set.of(codes));
        return this;
    }

    public InMemoryRegistry aggregate(String aggregateId, String aggregateType) {
        aggregates.put(aggregateId, aggregateType);
        return this;
    }

    public InMemoryRegistry record(KnownRecord record) {
        records.put(record.eventId(), record);
        return this;
    }

    @Override
    public boolean isRegistered(ActorCode actor) {
        return actors.contains(actor);
    }

    @Override
    public Optional<String> aggregateType(String aggregateId) {
        return Optional.ofNullable(aggregates.get(aggregateId));
    }

    @Override
    public Optional<KnownRecord> record(UUID eventId) {
        return Optional.ofNullable(records.get(eventId));
    }
}
