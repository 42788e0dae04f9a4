package org.smilefactory.core.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.sync.Change;
import org.smilefactory.core.api.sync.ChangeOperation;
import org.smilefactory.core.api.sync.SyncTables;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the server's rows into the replica as they are. Must run inside the caller's transaction
 * (the page's rows commit together with its cursor, a reply's rows with its outbox change):
 * {@code session_replication_role = replica} for that transaction means no foreign-key order, no
 * counter or change-log triggers, so the replica ends up with exactly the server's values.
 *
 * <p>Rows are upserted generically from their JSON with {@code jsonb_populate_recordset} per table,
 * using the columns the replica's own schema has (generated columns such as
 * {@code personal_details.full_name} are left to the database). Secrets the server keeps to itself
 * arrive missing and are stored as an unusable placeholder (never matching any password), also over
 * whatever the replica held before (decision 0013: a replica holds no secrets, and one taken by an
 * older version is cleaned by V74_1 and its next sync). Other required columns the server leaves out
 * (its sign-in lock-out bookkeeping) take their column default.
 */
public final class ChangeApplier {

    /** Not a bcrypt hash: no password ever matches it. */
    public static final String SECRET_PLACEHOLDER = "!not-on-this-replica";

    private static final Logger log = LoggerFactory.getLogger(ChangeApplier.class);
    private static final Map<String, Set<String>> SECRETS = Map.of(
            "personal_details", Set.of("password_hash"),
            "kiosk_assignments", Set.of("exit_pin_hash"));

    private final JdbcClient jdbc;
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();

    public ChangeApplier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies {@code changes} in the caller's transaction: the latest change per row wins, tombstones
     * delete, upserts replace. Rows of tables the replica does not hold are ignored (a newer server).
     *
     * @return how many rows were written or deleted
     */
    public int apply(List<Change> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        Map<String, Change> latest = new LinkedHashMap<>();
        for (Change change : changes) {
            if (!SyncTables.ALL.contains(change.entityType())) {
                log.warn("Ignoring a change of {}: not a table this replica holds", change.entityType());
                continue;
            }
            String key = change.entityType() + "/" + change.entityId();
            latest.remove(key);
            latest.put(key, change);
        }
        replicationRole();
        int written = 0;
        for (String table : SyncTables.ALL) {
            List<UUID> gone = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            for (Change change : latest.values()) {
                if (!change.entityType().equals(table)) {
                    continue;
                }
                if (change.operation() == ChangeOperation.DELETE || change.payload() == null) {
                    gone.add(change.entityId());
                } else {
                    rows.add(change.payload());
                }
            }
            Shape shape = gone.isEmpty() && rows.isEmpty() ? null : shape(table);
            if (!gone.isEmpty()) {
                written += jdbc.sql("DELETE FROM " + table + " WHERE " + shape.pk + " = ANY(CAST(:ids AS uuid[]))")
                        .param("ids", gone.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                        .update();
            }
            if (!rows.isEmpty()) {
                String json = "[" + String.join(",", rows) + "]";
                for (String clash : shape.clearClashes) {
                    jdbc.sql(clash).param("rows", json).update();
                }
                written += jdbc.sql(shape.upsert).param("rows", json).update();
            }
        }
        return written;
    }

    /** Empties every replicated table (the outbox and bookkeeping stay), in the caller's transaction. */
    public void wipe() {
        replicationRole();
        for (String table : SyncTables.ALL) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    private void replicationRole() {
        jdbc.sql("SET LOCAL session_replication_role = replica").update();
    }

    private Shape shape(String table) {
        return shapes.computeIfAbsent(table, this::readShape);
    }

    private Shape readShape(String table) {
        Map<String, String> defaults = new LinkedHashMap<>();
        List<String> columns = jdbc.sql("""
                SELECT a.attname, CASE WHEN a.attnotnull THEN pg_get_expr(d.adbin, d.adrelid) END AS fallback
                FROM pg_attribute a
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE a.attrelid = CAST(:t AS regclass) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                ORDER BY a.attnum
                """).param("t", table).query((rs, n) -> {
                    if (rs.getString("fallback") != null) {
                        defaults.put(rs.getString("attname"), rs.getString("fallback"));
                    }
                    return rs.getString("attname");
                }).list();
        String pk = jdbc.sql("""
                SELECT a.attname FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = CAST(:t AS regclass) AND i.indisprimary
                """).param("t", table).query(String.class).single();
        // unique keys besides the primary key: a row the server moved onto a value another local row
        // still holds (stale, or made offline and replaced) must not fail the whole page
        List<String> uniqueKeys = jdbc.sql("""
                SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM pg_index i
                CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                WHERE i.indrelid = CAST(:t AS regclass) AND i.indisunique AND NOT i.indisprimary
                  AND i.indpred IS NULL AND i.indexprs IS NULL
                GROUP BY i.indexrelid
                """).param("t", table).query(String.class).list();
        Set<String> secrets = SECRETS.getOrDefault(table, Set.of());
        String source = "jsonb_populate_recordset(NULL::" + table + ", CAST(:rows AS jsonb)) r";
        String selected = columns.stream()
                .map(c -> secrets.contains(c) ? "'" + SECRET_PLACEHOLDER + "'"
                        // a required column the server keeps to itself (e.g. sign-in lock-out counts)
                        : defaults.containsKey(c) ? "COALESCE(r." + q(c) + ", " + defaults.get(c) + ")"
                        : "r." + q(c))
                .collect(Collectors.joining(", "));
        String updates = columns.stream().filter(c -> !c.equals(pk))
                .map(c -> q(c) + " = EXCLUDED." + q(c))
                .collect(Collectors.joining(", "));
        String upsert = "INSERT INTO " + table + " AS t (" + columns.stream().map(ChangeApplier::q).collect(Collectors.joining(", "))
                + ") SELECT " + selected + " FROM " + source
                + " ON CONFLICT (" + q(pk) + ") DO " + (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + updates);
        List<String> clashes = new ArrayList<>();
        for (String key : uniqueKeys) {
            String match = java.util.Arrays.stream(key.split(","))
                    .map(c -> "t." + q(c) + " = r." + q(c)).collect(Collectors.joining(" AND "));
            clashes.add("DELETE FROM " + table + " t USING " + source + " WHERE " + match + " AND t." + q(pk) + " <> r." + q(pk));
        }
        return new Shape(q(pk), upsert, List.copyOf(clashes));
    }

    private static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private record Shape(String pk, String upsert, List<String> clearClashes) {
    }
}
