package org.smilefactory.core.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.flywaydb.core.api.FlywayException;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.PasswordHasher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A connection pool on one PostgreSQL: one this process owns, migrated by Flyway before any service runs,
 * or a shared one (a desktop in direct mode), whose schema version is only checked (decision 0022).
 */
final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final String version;

    private Database(HikariDataSource dataSource, String version) {
        this.dataSource = dataSource;
        this.version = version;
    }

    /** A database this process owns (the embedded one, the server's own): migrated to this build's schema. */
    static Database open(String jdbcUrl, String user, String password, int poolSize) {
        return open(jdbcUrl, user, password, poolSize, true);
    }

    /**
     * A shared database this process does not own: never migrated; opening fails with what to do when its
     * schema is older or newer than this build's.
     */
    static Database openShared(String jdbcUrl, String user, String password, int poolSize) {
        return open(jdbcUrl, user, password, poolSize, false);
    }

    private static Database open(String jdbcUrl, String user, String password, int poolSize, boolean migrate) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setPoolName("smilefactory");
        config.setConnectionTimeout(10_000);
        // Fail fast on a wrong URL/password instead of retrying for the whole connection timeout.
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "SmileFactory Hub");
        // Directory name search: whole-word typo tolerance ("Tendia" finds "Tendai"); the default
        // 0.6 misses one-letter swaps in short names. JIT off: our queries are short, and a server
        // build with JIT spends tens of milliseconds compiling plans whose cost passes jit_above_cost.
        config.setConnectionInitSql("SET pg_trgm.strict_word_similarity_threshold = 0.35; SET jit = off");
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new BackendUnavailableException(Messages.get("platform.directFailed", redact(jdbcUrl), rootMessage(e)), e);
        }
        try {
            if (migrate) {
                SchemaVersion.flyway(ds).migrate();
            } else {
                SchemaVersion.of(ds).requireCurrent(redact(jdbcUrl), user);
            }
        } catch (BackendUnavailableException e) {
            ds.close();
            throw e;
        } catch (FlywayException e) {
            ds.close();
            throw new BackendUnavailableException(Messages.get("platform.migrationFailed", rootMessage(e)), e);
        }
        String version;
        try (Connection c = ds.getConnection()) {
            version = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            ds.close();
            throw new BackendUnavailableException(Messages.get("platform.directFailed", redact(jdbcUrl), rootMessage(e)), e);
        }
        return new Database(ds, version);
    }

    CoreContext context(PasswordHasher passwords, Path files) {
        return new CoreContext(dataSource, JdbcClient.create(dataSource),
                new TransactionTemplate(new JdbcTransactionManager(dataSource)), Clock.systemUTC(), passwords, files);
    }

    String version() {
        return version;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * What a screen or a log may show of a JDBC URL: host, port and database, without the query
     * parameters (which may carry a password).
     */
    static String redact(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "";
        }
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
