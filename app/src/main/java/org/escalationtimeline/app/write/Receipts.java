package org.escalationtimeline.app.write;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/** Reads where an appended event landed: its position and recording instant, from the event store. */
@Component
class Receipts {

    private final JdbcTemplate jdbc;

    Receipts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The event as stored; called inside the appending transaction, which sees its own rows. */
    Stored of(UUID eventId) {
        return jdbc.queryForObject("""
                        SELECT r.event_type, r.sequence_number, e.global_index, e.time_stamp
                          FROM known_record r
                          JOIN domain_event_entry e
                            ON e.aggregate_identifier = r.aggregate_id AND e.sequence_number = r.sequence_number
                         WHERE r.event_id = ?""",
                (rs, row) -> new Stored(rs.getLong(2), new WriteReceipt.AppendedEvent(eventId, rs.getString(1),
                        rs.getLong(3), Instant.parse(rs.getString(4)))),
                eventId);
    }

    record Stored(long sequenceNumber, WriteReceipt.AppendedEvent event) {
    }
}
