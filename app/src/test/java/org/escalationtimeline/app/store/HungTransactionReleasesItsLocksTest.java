package org.escalationtimeline.app.store;

import com.zaxxer.hikari.HikariDataSource;
import org.escalationtimeline.app.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A node that hangs inside a transaction (here: a connection of the service's pool that takes the append lock and
 * then does nothing, as a frozen JVM does) holds its locks only until the claim timeout: PostgreSQL then ends its
 * session, and another node's append takes the lock. Before, the other nodes' writes waited for as long as it hung.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"timeline.dataset.load=false", "timeline.read-model.claim-timeout=2s"})
@ActiveProfiles("postgres")
@DirtiesContext
class HungTransactionReleasesItsLocksTest {

    private static final PostgresTestDatabase DB = PostgresTestDatabase.create();
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(2);
    private static final String APPEND_LOCK = "SELECT pg_advisory_xact_lock('domain_event_entry'::regclass::oid::bigint)";

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DB.registerAsSpringDataSource(registry);
        registry.add("timeline.data-dir", () -> "target/test-data/hung-transaction");
    }

    @Test
    void theServicesConnectionsEndATransactionLeftIdleForTheClaimTimeout() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("SHOW idle_in_transaction_session_timeout")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("2s");
        }
    }

    @Test
    void anotherNodeTakesTheAppendLockOnceAHungNodesTransactionHasBeenIdleForTheClaimTimeout() throws Exception {
        try (Connection frozen = dataSource.getConnection()) {
            frozen.setAutoCommit(false);
            frozen.createStatement().execute(APPEND_LOCK);

            long start = System.nanoTime();
            try (HikariDataSource otherNode = DB.newDataSource(); Connection writer = otherNode.getConnection()) {
                writer.setAutoCommit(false);
                try (Statement append = writer.createStatement()) {
                    append.setQueryTimeout(30);
                    append.execute(APPEND_LOCK);
                }
                writer.rollback();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(CLAIM_TIMEOUT.minusMillis(500))
                    .isLessThan(Duration.ofSeconds(20));
            assertThatThrownBy(() -> frozen.createStatement().execute("SELECT 1"))
                    .as("the hung node's transaction was ended, not left to commit later").isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aTransactionThatKeepsWorkingIsNotEnded() throws Exception {
        try (Connection busy = dataSource.getConnection()) {
            busy.setAutoCommit(false);
            busy.createStatement().execute(APPEND_LOCK);
            long until = System.nanoTime() + CLAIM_TIMEOUT.multipliedBy(2).toNanos();
            await().atMost(CLAIM_TIMEOUT.multipliedBy(4)).until(() -> {
                busy.createStatement().execute("SELECT 1");
                return System.nanoTime() > until;
            });
            busy.commit();
        }
    }
}
