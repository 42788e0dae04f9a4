package org.smilefactory.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** What counts as "the database is down" (503) and what stays an error of the request. */
class DatabaseFailuresTest {

    private static UncategorizedSQLException wrapped(String state) {
        return new UncategorizedSQLException("insert", "INSERT ...", new PSQLException("boom", PSQLState.UNKNOWN_STATE) {
            @Override
            public String getSQLState() {
                return state;
            }
        });
    }

    @Test
    void lostConnectionsAndAServerThatShutsDownOrRecoversAreUnavailable() {
        assertThat(DatabaseFailures.unavailable(wrapped("08006"))).as("connection failure").isTrue();
        assertThat(DatabaseFailures.unavailable(wrapped("08003"))).as("connection does not exist").isTrue();
        assertThat(DatabaseFailures.unavailable(wrapped("57P01"))).as("admin shutdown").isTrue();
        assertThat(DatabaseFailures.unavailable(wrapped("57P02"))).as("crash shutdown").isTrue();
        assertThat(DatabaseFailures.unavailable(wrapped("57P03"))).as("cannot connect now (recovery)").isTrue();
        assertThat(DatabaseFailures.unavailable(new CannotGetJdbcConnectionException("no", new SQLException("x")))).isTrue();
        assertThat(DatabaseFailures.unavailable(new CannotCreateTransactionException("no"))).isTrue();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(new SQLTransientConnectionException("pool timeout")))).isTrue();
        assertThat(DatabaseFailures.unavailable(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).as("rollback on a connection the pool closed").isTrue();
    }

    @Test
    void conflictsAndBadDataStayErrorsOfTheRequest() {
        assertThat(DatabaseFailures.unavailable(wrapped("23505"))).isFalse();
        assertThat(DatabaseFailures.unavailable(wrapped("40001"))).isFalse();
        assertThat(DatabaseFailures.unavailable(wrapped("57014"))).as("statement timeout").isFalse();
        assertThat(DatabaseFailures.unavailable(new DuplicateKeyException("dup"))).isFalse();
        assertThat(DatabaseFailures.unavailable(new DataIntegrityViolationException("fk"))).isFalse();
        assertThat(DatabaseFailures.unavailable(new PessimisticLockingFailureException("lock"))).isFalse();
        assertThat(DatabaseFailures.unavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseFailures.unavailable(new TransactionSystemException("rolled back: rollback-only"))).isFalse();
    }
}
