package org.smilefactory.core.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.sync.Change;
import org.smilefactory.core.api.sync.ChangeOperation;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.common.CoreContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the change log (V61) for one member's replica: numbers the entries of finished transactions,
 * then pages through them by number, sending only the latest entry of each row, and a tombstone for
 * rows this replica may not hold.
 */
final class ChangeFeed {

    /** Any constant: the advisory lock that lets one reader at a time number log entries. */
    private static final long NUMBERING_LOCK = 0x5F_5359_4E43L;
    /** Entries examined per call at most, so a replica that may see few rows still gets quick answers. */
    private static final int EXAMINE_BUDGET = 20_000;

    private final CoreContext ctx;
    private final JdbcClient jdbc;

    ChangeFeed(CoreContext ctx) {
        this.ctx = ctx;
        this.jdbc = ctx.jdbc();
    }

    /**
     * Gives a position to every entry whose transaction has finished, in log order, above every
     * position given before. Entries of transactions still running get theirs on a later call, so a
     * transaction that commits late is read after the ones that committed before it, never skipped.
     */
    void number() {
        boolean waiting = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM sync_change_log
                               WHERE pos IS NULL AND tx_id < pg_snapshot_xmin(pg_current_snapshot()))
                """).query(Boolean.class).single();
        if (!waiting) {
            return;
        }
        ctx.tx().executeWithoutResult(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(NUMBERING_LOCK).query(Integer.class).single();
            jdbc.sql("""
                    WITH base AS (SELECT coalesce(max(pos), 0) AS top FROM sync_change_log),
                         todo AS (SELECT seq, row_number() OVER (ORDER BY seq) AS n FROM sync_change_log
                                  WHERE pos IS NULL AND tx_id < pg_snapshot_xmin(pg_current_snapshot()))
                    UPDATE sync_change_log l SET pos = base.top + todo.n FROM base, todo WHERE l.seq = todo.seq
                    """).update();
        });
    }

    /**
     * @param superseded a later entry of the same row is numbered: that one is sent instead
     * @param sentBefore the row has an earlier entry at or before the cursor the replica asked from, so
     *                   the replica may hold it and needs a tombstone when it may not any more (a later
     *                   entry numbered before the cursor would have superseded this one); probed per
     *                   entry through the row's index, never by reading the whole log before the cursor
     */
    private record Entry(long pos, String type, UUID id, boolean delete, String payload, boolean superseded,
                         boolean sentBefore, UUID attendeeMember) {
    }

    ChangePage page(SyncScope scope, long cursor, int limit) {
        number();
        List<Change> changes = new ArrayList<>();
        Set<String> sent = new HashSet<>();
        long last = cursor;
        int examined = 0;
        int chunk = Math.max(limit, 200);
        outer:
        while (changes.size() < limit && examined < EXAMINE_BUDGET) {
            List<Entry> entries = entries(scope, cursor, last, chunk);
            if (entries.isEmpty()) {
                break;
            }
            Map<String, Set<UUID>> visible = visibility(scope, entries);
            Map<UUID, String> members = scope.attendeeMembersFollow() ? attendeeMembers(scope, entries, visible) : Map.of();
            for (Entry e : entries) {
                if (!e.superseded()) {
                    boolean shown = !e.delete() && visible.get(e.type()).contains(e.id());
                    List<Change> out = new ArrayList<>(2);
                    String member = e.attendeeMember() == null || !shown ? null : members.get(e.attendeeMember());
                    if (member != null && !sent.contains("personal_details/" + e.attendeeMember())) {
                        out.add(new Change(e.pos(), "personal_details", e.attendeeMember(), ChangeOperation.UPSERT, member));
                    }
                    if (shown) {
                        out.add(new Change(e.pos(), e.type(), e.id(), ChangeOperation.UPSERT, e.payload()));
                    } else if (e.sentBefore()) {
                        out.add(new Change(e.pos(), e.type(), e.id(), ChangeOperation.DELETE, null));
                    }
                    if (!out.isEmpty() && !changes.isEmpty() && changes.size() + out.size() > limit) {
                        break outer;
                    }
                    for (Change c : out) {
                        changes.add(c);
                        sent.add(c.entityType() + "/" + c.entityId());
                    }
                }
                last = e.pos();
                examined++;
                if (changes.size() >= limit) {
                    break outer;
                }
            }
        }
        boolean more = jdbc.sql("SELECT EXISTS (SELECT 1 FROM sync_change_log WHERE pos > ?)").param(last)
                .query(Boolean.class).single();
        return new ChangePage(List.copyOf(changes), last, more, scope.name());
    }

    private List<Entry> entries(SyncScope scope, long since, long after, int chunk) {
        return scope.bind(jdbc.sql("SELECT l.pos, l.entity_type, l.entity_id, l.operation, ("
                        + RowProjection.payload("l.entity_type", "l.entity_id", "l.payload") + ")::text AS payload,"
                        + """
                          EXISTS (SELECT 1 FROM sync_change_log n WHERE n.entity_type = l.entity_type
                                  AND n.entity_id = l.entity_id AND n.seq > l.seq AND n.pos IS NOT NULL) AS superseded,
                          EXISTS (SELECT 1 FROM sync_change_log o WHERE o.entity_type = l.entity_type
                                  AND o.entity_id = l.entity_id AND o.seq < l.seq AND o.pos <= :since) AS sent_before,
                          CASE WHEN l.entity_type = 'event_attendees' THEN (l.payload ->> 'user_id')::uuid END AS attendee_member
                        FROM sync_change_log l WHERE l.pos > :after ORDER BY l.pos LIMIT :chunk
                        """))
                .param("since", since).param("after", after).param("chunk", chunk)
                .query((rs, n) -> new Entry(rs.getLong("pos"), rs.getString("entity_type"),
                        rs.getObject("entity_id", UUID.class), rs.getString("operation").equals("delete"),
                        rs.getString("payload"), rs.getBoolean("superseded"), rs.getBoolean("sent_before"), rs.getObject("attendee_member", UUID.class)))
                .list();
    }

    private static Map<String, Set<UUID>> visibility(SyncScope scope, List<Entry> entries) {
        Map<String, List<UUID>> byTable = new LinkedHashMap<>();
        for (Entry e : entries) {
            List<UUID> ids = byTable.computeIfAbsent(e.type(), t -> new ArrayList<>());
            if (!e.superseded() && !e.delete()) {
                ids.add(e.id());
            }
        }
        Map<String, Set<UUID>> visible = new HashMap<>();
        byTable.forEach((table, ids) -> visible.put(table, scope.visible(table, ids)));
        return visible;
    }

    /**
     * A kiosk (and a staff replica of only what is needed) holds the members of its events'
     * registrations. A member who registers was not visible to it when their row was last logged, so
     * their row goes out with the registration.
     */
    private Map<UUID, String> attendeeMembers(SyncScope scope, List<Entry> entries, Map<String, Set<UUID>> visible) {
        Set<UUID> ids = new HashSet<>();
        for (Entry e : entries) {
            if (e.attendeeMember() != null && !e.superseded() && !e.delete()
                    && visible.get(e.type()).contains(e.id())) {
                ids.add(e.attendeeMember());
            }
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> rows = new HashMap<>();
        scope.bind(jdbc.sql("SELECT p.user_id, (" + RowProjection.payload("'personal_details'", "p.user_id", "to_jsonb(p)")
                        + ")::text AS payload FROM personal_details p WHERE p.user_id = ANY(:ids)"))
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> rows.put(rs.getObject("user_id", UUID.class), rs.getString("payload"))).list();
        return rows;
    }
}
