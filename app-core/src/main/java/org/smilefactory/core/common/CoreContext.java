package org.smilefactory.core.common;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What every local service needs: the database, transactions, the clock and password hashing. */
public record CoreContext(
        DataSource dataSource,
        JdbcClient jdbc,
        TransactionTemplate tx,
        Clock clock,
        PasswordHasher passwords) {
}
