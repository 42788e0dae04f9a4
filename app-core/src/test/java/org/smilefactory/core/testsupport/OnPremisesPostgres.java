package org.smilefactory.core.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A second, separate PostgreSQL standing in for a hub's on-premises server: the app connects to it
 * by JDBC URL as an ordinary (non-superuser) role with a password, as a real installation would.
 */
public final class OnPremisesPostgres {

    public static final String APP_USER = "hub_app";
    public static final String APP_PASSWORD = "on-prem-secret-42";
    private static EmbeddedPostgres server;

    private OnPremisesPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            exec("CREATE ROLE " + APP_USER + " LOGIN PASSWORD '" + APP_PASSWORD + "'");
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // exiting anyway
                }
            }));
        }
        return server;
    }

    /** A new database owned by the app role; returns its JDBC URL (without credentials). */
    public static String newDatabaseUrl() {
        String name = "hub_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server();
        exec("CREATE DATABASE " + name + " OWNER " + APP_USER);
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
    }

    private static void exec(String sql) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
