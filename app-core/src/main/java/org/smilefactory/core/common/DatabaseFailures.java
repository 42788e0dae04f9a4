package org.smilefactory.core.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that is down, restarting or cut off from a bug. Such a failure is
 * {@link org.smilefactory.core.api.BackendUnavailableException} for the caller (503
 * {@code backend-unavailable} on the server), never an internal error: the request may succeed once
 * PostgreSQL is back.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** True when {@code failure} or one of its causes says the database cannot be reached or is going away. */
    public static boolean unavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException too
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException // Hikari: no connection within the timeout
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof TransactionSystemException && t.getCause() instanceof SQLException) {
                // commit or rollback could not reach the database: the pool had already closed the
                // broken connection ("Connection is closed", no SQLSTATE); conflicts are not this type
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception: refused, broken, closed), 57P01..57P03 (the server
     * shuts down, crashed, or cannot accept connections yet, e.g. while it recovers after a crash)
     * and 53300 (too many connections).
     */
    static boolean connectionState(String state) {
        return state != null && (state.startsWith("08")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300"));
    }
}
