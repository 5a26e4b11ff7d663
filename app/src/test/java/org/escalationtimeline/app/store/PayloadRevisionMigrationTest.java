package org.escalationtimeline.app.store;

import org.escalationtimeline.app.support.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V104 marks each payload the read model already kept with the revision it was written under: revision 1 for every
 * event, save MeetingScheduled rows already in revision 2's nested shape. Run on a store migrated to V103 with rows of
 * both shapes in it, on H2 and on PostgreSQL.
 */
class PayloadRevisionMigrationTest {

    private static final String FLAT = "{\"meetingId\":\"m-1\",\"kind\":\"SUMMIT\",\"participants\":[\"CHN\",\"USA\"],"
            + "\"host\":\"CHN\",\"plannedFor\":null,\"development\":{\"summary\":\"no \\\"arrangement\\\": here\"}}";
    private static final String NESTED = "{\"meetingId\":\"m-2\",\"arrangement\":{\"kind\":\"SUMMIT\","
            + "\"participants\":[\"CHN\",\"USA\"],\"host\":\"CHN\"},\"plannedFor\":null,\"development\":{}}";
    private static final String MEASURE = "{\"measureId\":\"m-3\",\"development\":{\"summary\":\"x\"}}";

    @Test
    void marksTheRowsOfAnH2Store() {
        String file = Path.of("target", "test-data", "payload-revision-" + UUID.randomUUID()).toAbsolutePath().toString();
        assertMarked(new DriverManagerDataSource("jdbc:h2:file:" + file, "sa", ""), "h2");
    }

    @Test
    void marksTheRowsOfAPostgresStore() {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        assertMarked(new DriverManagerDataSource(database.url(), database.username(), database.password()),
                "postgresql");
    }

    private static void assertMarked(DataSource store, String vendor) {
        migrate(store, vendor, "103");
        JdbcTemplate jdbc = new JdbcTemplate(store);
        keep(jdbc, "m-1", "MeetingScheduled", "meeting", FLAT);
        keep(jdbc, "m-2", "MeetingScheduled", "meeting", NESTED);
        keep(jdbc, "m-3", "MeasureAnnounced", "measure", MEASURE);

        migrate(store, vendor, "latest");

        assertThat(jdbc.query("SELECT aggregate_id, payload_revision FROM record_version", (rs, row) ->
                        Map.entry(rs.getString(1), rs.getString(2))))
                .containsExactlyInAnyOrder(Map.entry("m-1", "1"), Map.entry("m-2", "2"), Map.entry("m-3", "1"));
    }

    private static void migrate(DataSource store, String vendor, String target) {
        Flyway.configure().dataSource(store).target(target)
                .locations("classpath:db/eventstore/" + vendor, "classpath:db/command/" + vendor,
                        "classpath:db/app/" + vendor, "classpath:db/query/" + vendor)
                .load().migrate();
    }

    private static void keep(JdbcTemplate jdbc, String aggregateId, String eventType, String aggregateType,
                             String payload) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                        INSERT INTO record_version (generation, version_id, event_id, position, sequence_number,
                            event_type, aggregate_type, aggregate_id, world_date, date_precision, actor, targets, mutual,
                            summary, sources, cameo, goldstein, quad_class, payload, corrected, first_recorded_ms,
                            recorded_ms, superseded_ms)
                        VALUES (1, ?, ?, 0, 0, ?, ?, ?, ?, 'DAY', 'CHN', 'USA', FALSE, 'x', '[]', '036', 4.0, 1, ?, FALSE,
                            0, 0, 9223372036854775807)""",
                id, id, eventType, aggregateType, aggregateId, Date.valueOf(LocalDate.of(2025, 10, 30)), payload);
    }
}
