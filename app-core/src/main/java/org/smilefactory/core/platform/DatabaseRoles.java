package org.smilefactory.core.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The least-privilege PostgreSQL role of direct-mode desktops (decision 0022), brought up to date after
 * every migration (new tables need their grants): {@value #DESKTOP} is a NOLOGIN group role; each staff
 * member's desktop logs in with a login role of its own that is a member of it
 * ({@code CREATE ROLE ada LOGIN PASSWORD '…' IN ROLE smilefactory_desktop}), so one person's access can be
 * revoked alone and the server's logs name them.
 *
 * <p>What the database itself enforces for that role: no DDL (it owns nothing, and PostgreSQL 15+ gives
 * PUBLIC no CREATE on {@code public}), so no desktop can migrate; the schema history is read-only, so the
 * version check cannot be fooled; the audit log is append-only; the server's change feed
 * ({@code sync_change_log}) is out of reach (its trigger writes as the owner); and the secret columns in
 * {@link #SECRET_COLUMNS} — hashes of the server's bearer tokens and of kiosk exit PINs, which no staff
 * desktop needs to read — cannot be selected. Password hashes stay readable: a direct-mode desktop
 * checks passwords itself (see the decision record for why that is acceptable only for staff).
 */
final class DatabaseRoles {

    static final String DESKTOP = "smilefactory_desktop";

    /** Columns the desktop role may write but never read. */
    static final Map<String, List<String>> SECRET_COLUMNS = Map.of(
            "auth_tokens", List.of("token_hash"),
            "kiosk_assignments", List.of("exit_pin_hash"));

    private DatabaseRoles() {
    }

    /** Creates the role if it is missing and this user may, then (re)grants; returns notes for the admin. */
    static List<String> apply(JdbcClient jdbc) {
        List<String> notes = new ArrayList<>();
        if (!exists(jdbc)) {
            try {
                jdbc.sql("CREATE ROLE " + DESKTOP + " NOLOGIN").update();
                notes.add("Created the role " + DESKTOP + " for direct-mode desktops.");
            } catch (DataAccessException e) {
                notes.add("The role " + DESKTOP + " does not exist and this user may not create it. Ask the "
                        + "PostgreSQL superuser to run: CREATE ROLE " + DESKTOP + " NOLOGIN; then run this again.");
                return notes;
            }
        }
        String r = DESKTOP;
        exec(jdbc, "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM " + r);
        exec(jdbc, "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM " + r);
        exec(jdbc, "GRANT USAGE ON SCHEMA public TO " + r);
        exec(jdbc, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + r);
        exec(jdbc, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + r);
        exec(jdbc, "REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM " + r);
        exec(jdbc, "REVOKE UPDATE, DELETE ON audit_log FROM " + r);
        if (table(jdbc, "sync_change_log")) {
            exec(jdbc, "REVOKE ALL ON sync_change_log FROM " + r);
        }
        if (jdbc.sql("SELECT to_regprocedure('sf_sync_log_row()') IS NOT NULL").query(Boolean.class).single()) {
            // the triggers on every replicated table log as the owner, so writers need no rights on the log
            exec(jdbc, "ALTER FUNCTION sf_sync_log_row() SECURITY DEFINER SET search_path = public, pg_temp");
        }
        SECRET_COLUMNS.forEach((table, secret) -> {
            if (!table(jdbc, table)) {
                return;
            }
            String readable = jdbc.sql("""
                    SELECT column_name FROM information_schema.columns
                    WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position
                    """).param(table).query(String.class).list().stream()
                    .filter(c -> !secret.contains(c)).collect(Collectors.joining(", "));
            exec(jdbc, "REVOKE SELECT ON " + table + " FROM " + r);
            exec(jdbc, "GRANT SELECT (" + readable + ") ON " + table + " TO " + r);
        });
        notes.add("Granted " + DESKTOP + " its rights on the current tables.");
        return notes;
    }

    private static boolean exists(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM pg_roles WHERE rolname = ?").param(DESKTOP).query(Long.class).single() > 0;
    }

    private static boolean table(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param("public." + name).query(Boolean.class).single();
    }

    private static void exec(JdbcClient jdbc, String sql) {
        jdbc.sql(sql).update();
    }
}
