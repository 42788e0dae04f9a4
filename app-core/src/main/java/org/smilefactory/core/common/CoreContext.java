package org.smilefactory.core.common;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every local service needs: the database, transactions, the clock, password hashing, and the
 * folder where this backend keeps files (uploaded media): the hub's data folder when embedded, the
 * server's data folder behind app-server, the desktop's own data folder in direct mode.
 */
public record CoreContext(
        DataSource dataSource,
        JdbcClient jdbc,
        TransactionTemplate tx,
        Clock clock,
        PasswordHasher passwords,
        Path files) {
}
