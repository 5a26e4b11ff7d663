package org.escalationtimeline.app.store;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Recognises a unique-key violation on appending events by its SQLSTATE, {@code 23505} on H2 and on PostgreSQL, so
 * that Axon turns a duplicate (aggregate, sequence) into {@code AggregateStreamCreationException} or
 * {@code ConcurrencyException} instead of a generic {@code EventStoreException}.
 * <p>
 * Axon's own resolvers do not fit: {@code JdbcSQLErrorCodesResolver} only knows
 * {@code SQLIntegrityConstraintViolationException}, which neither driver throws for a failed batch, and
 * {@code SQLErrorCodesResolver} needs the JPA API on the class path.
 */
final class UniqueViolationResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sqlException && isUniqueViolation(sqlException)) {
                return true;
            }
        }
        return false;
    }

    /** A batch failure carries the failing statement's error as its next exception. */
    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
