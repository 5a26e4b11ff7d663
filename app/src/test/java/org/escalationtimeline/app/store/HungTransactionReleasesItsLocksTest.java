package org.escalationtimeline.app.store;

import com.zaxxer.hikari.HikariDataSource;
import org.escalationtimeline.app.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A node that hangs inside a transaction (here: a connection that takes the append lock and then does nothing, as a
 * frozen JVM does) holds its locks only until the claim timeout: PostgreSQL then ends its session, and another
 * node's append takes the lock. Before, the other nodes' writes waited for as long as the node hung.
 */
class HungTransactionReleasesItsLocksTest {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(2);
    private static final String APPEND_LOCK = "SELECT pg_advisory_xact_lock(4242)";

    @Test
    void anotherNodeTakesTheAppendLockOnceAHungNodesTransactionHasBeenIdleForTheClaimTimeout() throws Exception {
        PostgresTestDatabase db = PostgresTestDatabase.create();
        try (HikariDataSource hung = pool(db); HikariDataSource other = pool(db);
             Connection frozen = hung.getConnection()) {
            frozen.setAutoCommit(false);
            frozen.createStatement().execute(APPEND_LOCK);

            long start = System.nanoTime();
            try (Connection writer = other.getConnection()) {
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
        PostgresTestDatabase db = PostgresTestDatabase.create();
        try (HikariDataSource pool = pool(db); Connection busy = pool.getConnection()) {
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

    private static HikariDataSource pool(PostgresTestDatabase db) {
        HikariDataSource pool = db.newDataSource();
        new HungTransactionTimeout(CLAIM_TIMEOUT).postProcessBeforeInitialization(pool, "dataSource");
        return pool;
    }
}
