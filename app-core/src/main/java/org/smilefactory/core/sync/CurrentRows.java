package org.smilefactory.core.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.sync.Change;
import org.smilefactory.core.api.sync.ChangeOperation;
import org.smilefactory.core.api.sync.SyncTables;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server's rows as they are now, for push replies: projected and filtered exactly like the pull
 * (seq 0), a tombstone for each row that is gone or that this replica may not hold.
 */
final class CurrentRows {

    private final JdbcClient jdbc;
    private final SyncScope scope;

    CurrentRows(JdbcClient jdbc, SyncScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    static String key(String table) {
        switch (table) {
            case "kiosk_assignments":
                return "kiosk_id";
            case "personal_details":
                return "user_id";
            default:
                return SyncTables.PROFILE_TABLES.contains(table) ? "user_id" : "id";
        }
    }

    List<Change> of(String table, Collection<UUID> ids) {
        if (!SyncTables.ALL.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            return List.of();
        }
        String key = key(table);
        Map<UUID, String> rows = new HashMap<>();
        scope.bind(jdbc.sql("SELECT x." + key + " AS k, (" + RowProjection.payload("'" + table + "'", "x." + key, "to_jsonb(x)")
                        + ")::text AS payload FROM " + table + " x WHERE x." + key + " = ANY(:ids)"))
                .param("ids", wanted.toArray(UUID[]::new))
                .query((rs, n) -> rows.put(rs.getObject("k", UUID.class), rs.getString("payload"))).list();
        Set<UUID> visible = scope.visible(table, rows.keySet());
        List<Change> out = new ArrayList<>();
        for (UUID id : wanted) {
            out.add(visible.contains(id) ? new Change(0, table, id, ChangeOperation.UPSERT, rows.get(id))
                    : new Change(0, table, id, ChangeOperation.DELETE, null));
        }
        return out;
    }

    /** A member row and every profile-type table's row of them (tombstones for the types they do not have). */
    List<Change> member(UUID memberId) {
        List<Change> out = new ArrayList<>(of("personal_details", List.of(memberId)));
        for (String table : SyncTables.PROFILE_TABLES) {
            out.addAll(of(table, List.of(memberId)));
        }
        return out;
    }

    static Change tombstone(String table, UUID id) {
        return new Change(0, table, id, ChangeOperation.DELETE, null);
    }
}
