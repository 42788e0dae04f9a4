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
            // CREATEROLE, as a hub's database owner usually has: the migration command creates the desktops' role
            exec("CREATE ROLE " + APP_USER + " LOGIN CREATEROLE PASSWORD '" + APP_PASSWORD + "'");
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

    /**
     * A staff member's own login role for a direct-mode desktop, a member of the desktops' least-privilege
     * role (decision 0022), created by the cluster's superuser as an administrator would; returns its name
     * (its password is {@link #DESKTOP_PASSWORD}).
     */
    public static String newDesktopLogin() {
        server();
        exec("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'smilefactory_desktop') "
                + "THEN CREATE ROLE smilefactory_desktop NOLOGIN; END IF; END $$");
        String name = "desk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        exec("CREATE ROLE " + name + " LOGIN PASSWORD '" + DESKTOP_PASSWORD + "' IN ROLE smilefactory_desktop");
        return name;
    }

    public static final String DESKTOP_PASSWORD = "desk-secret-7";

    private static void exec(String sql) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
