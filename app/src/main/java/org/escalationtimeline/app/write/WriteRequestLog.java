package org.escalationtimeline.app.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The writes already answered, so that a repeated one is answered the same and appends nothing. */
@Component
class WriteRequestLog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    WriteRequestLog(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Entry(String fingerprint, WriteOutcome outcome) {
    }

    Optional<Entry> find(String key) {
        return jdbc.query("SELECT fingerprint, version, receipt FROM write_request WHERE request_key = ?",
                (rs, row) -> new Entry(rs.getString(1),
                        new WriteOutcome(read(rs.getString(3)), rs.getLong(2), true)), key).stream().findFirst();
    }

    /** Fails with a duplicate key when a concurrent request with the same key committed first. */
    void save(String key, String fingerprint, WriteOutcome outcome) {
        jdbc.update("INSERT INTO write_request (request_key, fingerprint, aggregate_id, version, receipt) "
                        + "VALUES (?, ?, ?, ?, ?)",
                key, fingerprint, outcome.receipt().id(), outcome.version(), write(outcome.receipt()));
    }

    private WriteReceipt read(String receipt) {
        try {
            return json.readValue(receipt, WriteReceipt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored receipt", e);
        }
    }

    private String write(WriteReceipt receipt) {
        try {
            return json.writeValueAsString(receipt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("receipt not serializable", e);
        }
    }
}
