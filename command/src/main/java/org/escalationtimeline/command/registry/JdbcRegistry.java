package org.escalationtimeline.command.registry;

import org.escalationtimeline.api.value.ActorCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** The registry's tables, read through the caller's transaction (the command's). */
@Component
class JdbcRegistry implements Registry {

    private final JdbcTemplate jdbc;

    JdbcRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isRegistered(ActorCode actor) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM registered_actor WHERE code = ?", Integer.class,
                actor.value());
        return count != null && count > 0;
    }

    @Override
    public Optional<String> aggregateType(String aggregateId) {
        return jdbc.query("SELECT aggregate_type FROM known_aggregate WHERE aggregate_id = ?",
                (rs, row) -> rs.getString(1), aggregateId).stream().findFirst();
    }

    @Override
    public Optional<KnownRecord> record(UUID eventId) {
        return jdbc.query("""
                        SELECT event_id, aggregate_type, aggregate_id, sequence_number, event_type, development
                          FROM known_record WHERE event_id = ?""",
                (rs, row) -> new KnownRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getBoolean(6)),
                eventId).stream().findFirst();
    }
}
