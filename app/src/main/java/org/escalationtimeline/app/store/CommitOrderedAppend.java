package org.escalationtimeline.app.store;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Appends events so that global positions become visible in the order they were assigned, and
 * records them at instants that rise with their positions.
 * <p>
 * An identity column hands out positions when a row is inserted, but transactions commit in any order: while the
 * transaction holding position 10 is still open, one holding 11 may commit, and a reader sees 11 before 10.
 * Axon's {@code GapAwareTrackingToken} waits for such a gap only until its gap timeout (by the events' time stamps,
 * written by each node's own clock) and within its maximum gap offset; a slow transaction, a long pause or clock skew
 * between nodes makes a streaming processor skip the event for good, and a reader paging by position (the event list,
 * the SSE stream's {@code Last-Event-ID}) misses it too.
 * <p>
 * So every appending transaction first takes one lock that it holds until it commits or rolls back: positions are
 * then assigned in commit order on every node, and every position below a visible one is visible or was never
 * committed. The cost is that appends to the store are serialised, which a store written at human pace affords.
 * Avoid deadlocks by writing command-side lookup rows only after the events are appended (in a subscribing handler):
 * a transaction that holds a row lock and then waits for this lock can meet one that holds this lock and waits for
 * that row.
 * <p>
 * The recording instant (the {@code time_stamp} Axon stores, which {@code knownAt} reads compare with) is taken here
 * too, under the lock, instead of the message's creation time on the writing node: that one is taken before the
 * lock, so a slow transaction, or a node whose clock is late, would commit events "recorded" before events already
 * visible, and an answer at a past knownAt would change. Here it comes from one clock per store, the database's, and
 * is made to rise: each append is recorded at the later of that clock and one millisecond after the last append
 * (kept in {@code event_recording_clock}, rolled back with a failed append). Strictly later, because a read at
 * knownAt T shows every event recorded at or before T; an append recorded at T too, after T was answered (a receipt
 * names it), would change that answer. The price: beyond 1,000 appends a second the instants would run ahead of the
 * clock, far beyond what the command path does. The events of one append share its instant.
 * <p>
 * A transaction that appends for several commands at once (a group commit, {@code GroupCommit}) takes the lock and
 * the instant once, first, with {@link #holdForTransaction}, before any savepoint: every append in it then shares
 * that instant, and a command rolled back to its savepoint cannot release the lock the others still need (a lock
 * taken after a savepoint is released when the transaction rolls back to it). The ceiling above is then 1,000
 * transactions a second, however many appends each holds.
 */
public final class CommitOrderedAppend implements AppendEventsStatementBuilder {

    private final String lockStatement;
    private final RecordingClock clock;

    private CommitOrderedAppend(String lockStatement, RecordingClock clock) {
        this.lockStatement = lockStatement;
        this.clock = clock;
    }

    /** @param databaseProductName as JDBC's {@code DatabaseMetaData} names it */
    public static CommitOrderedAppend on(String databaseProductName, EventSchema schema) {
        return switch (databaseProductName) {
            // A transaction-scoped advisory lock keyed by the event table's oid: no row is written to take it.
            // clock_timestamp() is the server's clock as the statement runs (now() would be the transaction's start).
            case "PostgreSQL" -> new CommitOrderedAppend(
                    "SELECT pg_advisory_xact_lock('" + schema.domainEventTable() + "'::regclass::oid::bigint)",
                    connection -> {
                        try (Statement next = connection.createStatement();
                             ResultSet row = next.executeQuery("UPDATE event_recording_clock SET last_recorded_ms = "
                                     + "GREATEST(FLOOR(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT, "
                                     + "last_recorded_ms + 1) WHERE id = 1 RETURNING last_recorded_ms")) {
                            return recorded(row);
                        }
                    });
            // H2 has no advisory locks: a row lock on the one row of event_append_lock (see db/eventstore/h2).
            // H2's CURRENT_TIMESTAMP stands still for a whole transaction, begun before the lock; the embedded
            // database lives in this JVM (its file admits no other process), so this JVM's clock is its clock.
            case "H2" -> new CommitOrderedAppend("SELECT id FROM event_append_lock FOR UPDATE",
                    connection -> {
                        try (PreparedStatement next = connection.prepareStatement("SELECT last_recorded_ms FROM "
                                + "FINAL TABLE (UPDATE event_recording_clock SET last_recorded_ms = "
                                + "GREATEST(?, last_recorded_ms + 1) WHERE id = 1)")) {
                            next.setLong(1, System.currentTimeMillis());
                            try (ResultSet row = next.executeQuery()) {
                                return recorded(row);
                            }
                        }
                    });
            default -> throw new IllegalStateException("No append lock known for " + databaseProductName);
        };
    }

    /**
     * Takes the lock for the Spring-managed transaction on this thread, on its {@code connection}, and the instant
     * every append in it is recorded at; both are held until the transaction ends. Call it once, before any
     * savepoint.
     */
    public Instant holdForTransaction(Connection connection) throws SQLException {
        Instant recordedAt = lockAndRecord(connection);
        TransactionSynchronizationManager.bindResource(this, recordedAt);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(CommitOrderedAppend.this);
            }
        });
        return recordedAt;
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        Instant held = (Instant) TransactionSynchronizationManager.getResource(this);
        Instant recordedAt = held != null ? held : lockAndRecord(connection);
        // Axon's own statement and time stamp format, with this append's instant instead of each message's.
        return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer,
                (statement, position, createdAt) -> timestampWriter.writeTimestamp(statement, position, recordedAt));
    }

    private Instant lockAndRecord(Connection connection) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute(lockStatement);
        }
        return clock.next(connection);
    }

    private static Instant recorded(ResultSet row) throws SQLException {
        if (!row.next()) {
            throw new IllegalStateException("event_recording_clock has no row: is migration V2 applied?");
        }
        return Instant.ofEpochMilli(row.getLong(1));
    }

    /** The recording instant of the append that holds the lock, on its connection. */
    @FunctionalInterface
    private interface RecordingClock {
        Instant next(Connection connection) throws SQLException;
    }
}
