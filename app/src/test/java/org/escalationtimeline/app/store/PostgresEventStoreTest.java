package org.escalationtimeline.app.store;

import com.zaxxer.hikari.HikariDataSource;
import org.escalationtimeline.app.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store on PostgreSQL, through the {@code postgres} profile. */
@ActiveProfiles("postgres")
class PostgresEventStoreTest extends EventStoreContractTest {

    private static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.registerAsSpringDataSource(registry);
    }

    @Override
    String asText(String binaryColumn) {
        return "convert_from(" + binaryColumn + ", 'UTF8')";
    }

    @Override
    HikariDataSource secondNodeDataSource() {
        return DATABASE.newDataSource();
    }

    @Test
    void payloadsMetadataAndTokensAreByteaNeverLargeObjects() {
        var columnTypes = jdbc.queryForList(
                "SELECT table_name || '.' || column_name AS column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema()"
                + " AND table_name IN ('domain_event_entry', 'snapshot_event_entry', 'token_entry')"
                + " AND column_name IN ('payload', 'meta_data', 'token')");
        Integer largeObjectColumns = jdbc.queryForObject(
                "SELECT COUNT(*) FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND data_type = 'oid'", Integer.class);

        assertThat(largeObjectColumns).isZero();
        assertThat(columnTypes)
                .extracting(column -> column.get("column_name") + " " + column.get("data_type"))
                .containsExactlyInAnyOrder(
                        "domain_event_entry.payload bytea",
                        "domain_event_entry.meta_data bytea",
                        "snapshot_event_entry.payload bytea",
                        "snapshot_event_entry.meta_data bytea",
                        "token_entry.token bytea");
    }
}
