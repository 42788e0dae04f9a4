package org.smilefactory.server.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.smilefactory.core.api.sync.SyncTables;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every row of every table in {@link SyncTables#ALL}, as JSON ({@code to_jsonb} of the row minus the
 * secrets that never leave the server: password hash, failed sign-in count, lock), keyed and ordered by
 * primary key. Two snapshots are compared by CONTENT: a missing row, an extra row or one different
 * column fails with the rows printed.
 */
public final class TableSnapshot {

    /**
     * Columns a replica legitimately holds differently, so they are not compared: secrets that never
     * leave the server (password and kiosk exit-PIN hashes; the replica holds a placeholder), and bookkeeping the change log deliberately does not carry (V61: a change of only
     * these columns is not logged, so a replica's copy may be older): sign-in time and lock-out counts,
     * exit-PIN attempts; and ticket codes, which only their holder and the event's door kiosk receive
     * (decision 0013), so a staff laptop holds none of other people's.
     */
    static final List<String> NOT_COMPARED = List.of("password_hash", "failed_login_count", "locked_until",
            "last_login_at", "exit_pin_hash", "pin_failures", "pin_locked_until", "ticket_code");

    static final String PROJECTION = "(to_jsonb(t)" + NOT_COMPARED.stream().map(c -> " - '" + c + "'")
            .reduce("", String::concat) + ")::text";

    private final String name;
    private final Map<String, Map<String, String>> tables;

    private TableSnapshot(String name, Map<String, Map<String, String>> tables) {
        this.name = name;
        this.tables = tables;
    }

    /** Every row of the replicated tables. */
    public static TableSnapshot of(String name, JdbcClient db) {
        return of(name, db, Map.of());
    }

    /**
     * The rows matching {@code whereByTable.get(table)} (SQL over alias {@code t}, e.g.
     * {@code "t.event_id = '…'"}); tables not in the map: every row.
     */
    public static TableSnapshot of(String name, JdbcClient db, Map<String, String> whereByTable) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        for (String table : SyncTables.ALL) {
            List<String> pk = primaryKey(db, table);
            String key = pk.size() == 1 ? "t." + pk.get(0) + "::text"
                    : "concat_ws('|', " + String.join(", ", pk.stream().map(c -> "t." + c + "::text").toList()) + ")";
            String where = whereByTable.getOrDefault(table, "TRUE");
            String order = String.join(", ", pk.stream().map(c -> "t." + c).toList());
            Map<String, String> rows = new LinkedHashMap<>();
            db.sql("SELECT " + key + " AS k, " + PROJECTION + " AS v FROM " + table + " t WHERE (" + where + ") ORDER BY " + order)
                    .query((rs, n) -> rows.put(rs.getString("k"), rs.getString("v")))
                    .list();
            tables.put(table, rows);
        }
        return new TableSnapshot(name, tables);
    }

    /** What a kiosk's replica holds (decision 0013): itself and its assignment, its event, the registrations, their members, the scans. */
    static Map<String, String> kioskScope(java.util.UUID kioskId, java.util.UUID eventId) {
        Map<String, String> where = new LinkedHashMap<>();
        String event = "'" + eventId + "'";
        where.put("personal_details", "t.user_id = '" + kioskId + "' OR EXISTS (SELECT 1 FROM event_attendees a WHERE a.event_id = "
                + event + " AND a.user_id = t.user_id)");
        SyncTables.PROFILE_TABLES.forEach(table -> where.put(table, "FALSE"));
        where.put("events", "t.id = " + event);
        where.put("event_attendees", "t.event_id = " + event);
        where.put("event_check_in_scans", "t.event_id = " + event);
        where.put("kiosk_assignments", "t.kiosk_id = '" + kioskId + "'");
        return where;
    }

    static List<String> primaryKey(JdbcClient db, String table) {
        return db.sql("""
                SELECT a.attname FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                WHERE i.indrelid = CAST(:t AS regclass) AND i.indisprimary
                ORDER BY array_position(i.indkey, a.attnum)
                """).param("t", table).query(String.class).list();
    }

    public int rows(String table) {
        return tables.get(table).size();
    }

    public int totalRows() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }

    public Map<String, String> table(String table) {
        return tables.get(table);
    }

    /** Fails unless both hold exactly the same rows with the same contents. */
    public void assertSameAs(TableSnapshot other) {
        List<String> problems = differences(other);
        if (!problems.isEmpty()) {
            StringBuilder b = new StringBuilder(name + " and " + other.name + " differ ("
                    + problems.size() + " rows; first ones shown):\n");
            for (String p : problems.subList(0, Math.min(12, problems.size()))) {
                b.append("  ").append(p).append('\n');
            }
            throw new AssertionError(b.toString());
        }
    }

    /** One line per row that differs; empty when equal. */
    public List<String> differences(TableSnapshot other) {
        List<String> problems = new ArrayList<>();
        for (String table : SyncTables.ALL) {
            Map<String, String> mine = tables.get(table);
            Map<String, String> theirs = other.tables.get(table);
            TreeSet<String> keys = new TreeSet<>(mine.keySet());
            keys.addAll(theirs.keySet());
            for (String k : keys) {
                String a = mine.get(k);
                String b = theirs.get(k);
                if (a == null) {
                    problems.add(table + " " + k + ": only in " + other.name + ": " + b);
                } else if (b == null) {
                    problems.add(table + " " + k + ": only in " + name + ": " + a);
                } else if (!Objects.equals(a, b)) {
                    problems.add(table + " " + k + ": " + fieldDiff(a, b, other.name));
                }
            }
        }
        return problems;
    }

    /** The columns that differ, as "col: a ≠ b" (jsonb text is canonical, so a key-by-key split is enough). */
    private String fieldDiff(String a, String b, String otherName) {
        Map<String, String> fa = fields(a);
        Map<String, String> fb = fields(b);
        StringBuilder s = new StringBuilder();
        TreeSet<String> keys = new TreeSet<>(fa.keySet());
        keys.addAll(fb.keySet());
        for (String k : keys) {
            if (!Objects.equals(fa.get(k), fb.get(k))) {
                s.append(k).append(": ").append(name).append("=").append(fa.get(k)).append(" ")
                        .append(otherName).append("=").append(fb.get(k)).append("; ");
            }
        }
        return s.length() == 0 ? name + "=" + a + " " + otherName + "=" + b : s.toString();
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> out = new TreeMap<>();
        try {
            tools.jackson.databind.JsonNode node = org.smilefactory.core.remote.ContractJson.mapper().readTree(json);
            for (Map.Entry<String, tools.jackson.databind.JsonNode> e : node.properties()) {
                out.put(e.getKey(), e.getValue().toString());
            }
        } catch (RuntimeException e) {
            out.put("<row>", json);
        }
        return out;
    }

    @Override
    public String toString() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((t, rows) -> counts.put(t, rows.size()));
        return name + counts;
    }
}
