package org.smilefactory.core.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's explicit migration of a shared (direct-mode) database (decision 0022): desktops
 * never migrate a database they do not own, so after installing a newer build an administrator runs
 * {@code SmileFactoryHub --migrate-database --jdbc-url … --user <owner>} once. It migrates with Flyway,
 * brings the desktops' least-privilege role up to date with the new tables ({@link DatabaseRoles}), and
 * writes an audit entry with the schema version before and after.
 */
public final class SharedDatabase {

    /** The launcher's name (installer {@code installer.name}), for the command a message tells people to run. */
    static final String LAUNCHER = "SmileFactoryHub";

    private SharedDatabase() {
    }

    /** What migrating did: the schema version before ({@code null}: none) and after, and notes for the admin. */
    public record Migrated(String fromVersion, String toVersion, List<String> notes) {
    }

    /** The command that migrates {@code where} (no password in it: the command asks for it). */
    public static String migrateCommand(String where, String user) {
        return LAUNCHER + " --migrate-database --jdbc-url " + where + " --user <owner of the database>";
    }

    /**
     * Migrates the database at {@code jdbcUrl} to this build's schema, as {@code user} (the database's
     * owner), and records it in the audit log.
     *
     * @throws BackendUnavailableException when the database cannot be reached, is newer than this build
     *         (an older build must not try to migrate it), or a migration fails
     */
    public static Migrated migrate(String jdbcUrl, String user, String password) {
        String where = Database.redact(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setPoolName("smilefactory-migrate");
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "SmileFactory Hub (migrate)");
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new BackendUnavailableException(Messages.get("platform.directFailed", where, Database.rootMessage(e)), e);
        }
        try (ds) {
            SchemaVersion before = SchemaVersion.of(ds);
            if (before.state() == SchemaVersion.State.NEWER) {
                throw new BackendUnavailableException(
                        Messages.get("platform.schemaNewer", where, before.applied(), before.shipped()));
            }
            SchemaVersion.flyway(ds).migrate();
            SchemaVersion after = SchemaVersion.of(ds);
            JdbcClient jdbc = JdbcClient.create(ds);
            List<String> notes = new ArrayList<>(DatabaseRoles.apply(jdbc));
            Map<String, Object> from = new LinkedHashMap<>();
            from.put("schemaVersion", before.applied() == null ? "none" : before.applied());
            Map<String, Object> to = new LinkedHashMap<>();
            to.put("schemaVersion", after.applied());
            to.put("databaseUser", jdbc.sql("SELECT current_user").query(String.class).single());
            to.put("osUser", System.getProperty("user.name", "?"));
            to.put("by", "--migrate-database");
            AuditLog.record(jdbc, null, "database.migrate", "database", null, from, to);
            return new Migrated(before.applied(), after.applied(), List.copyOf(notes));
        } catch (FlywayException e) {
            throw new BackendUnavailableException(Messages.get("platform.migrationFailed", Database.rootMessage(e)), e);
        }
    }
}
