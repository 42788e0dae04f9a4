package org.smilefactory.core.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server per test JVM (zonky, started once), and a fresh empty database per
 * caller so test classes never see each other's rows. Starting a server costs ~1 s; creating a
 * database ~50 ms.
 *
 * <p>It keeps zonky's fast, non-durable settings (fsync and synchronous_commit off) on purpose: its
 * databases are thrown away with the JVM, and a flush per commit would slow every test class. The
 * product's embedded database is durable and refuses these settings (decision 0003); tests of that
 * start their own ({@code EmbeddedCrashTest}, {@code ServerCrashTest}).
 */
public final class TestPostgres {

    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the test PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; PostgreSQL stops with it
                }
            }));
        }
        return server;
    }

    /** Creates a new, empty database and returns its name. */
    public static String createDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return name;
    }

    /** A DataSource for a new, empty (unmigrated) database. */
    public static DataSource freshDataSource() {
        return server().getDatabase("postgres", createDatabase());
    }

    public static String jdbcUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }
}
