package org.escalationtimeline.app.store;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Appends events so that global positions become visible in the order they were assigned.
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
 */
final class CommitOrderedAppend implements AppendEventsStatementBuilder {

    private final String lockStatement;

    private CommitOrderedAppend(String lockStatement) {
        this.lockStatement = lockStatement;
    }

    /** @param databaseProductName as JDBC's {@code DatabaseMetaData} names it */
    static CommitOrderedAppend on(String databaseProductName, EventSchema schema) {
        return switch (databaseProductName) {
            // A transaction-scoped advisory lock keyed by the event table's oid: no row is written to take it.
            case "PostgreSQL" -> new CommitOrderedAppend(
                    "SELECT pg_advisory_xact_lock('" + schema.domainEventTable() + "'::regclass::oid::bigint)");
            // H2 has no advisory locks: a row lock on the one row of event_append_lock (see db/eventstore/h2).
            case "H2" -> new CommitOrderedAppend("SELECT id FROM event_append_lock FOR UPDATE");
            default -> throw new IllegalStateException("No append lock known for " + databaseProductName);
        };
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute(lockStatement);
        }
        return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer,
                                                             timestampWriter);
    }
}
