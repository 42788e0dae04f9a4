package org.smilefactory.core.offline;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.api.sync.Change;
import org.smilefactory.core.api.sync.ChangeOperation;
import org.smilefactory.core.api.sync.SyncTables;
import org.smilefactory.core.platform.Replicas;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Databases for the applier and engine tests: replicas on the test PostgreSQL, and rows as a server logs them. */
final class ReplicaFixture {

    private ReplicaFixture() {
    }

    /** A published "Demo day" five days from now with 50 places, for tests that need an event to sync. */
    static EventView publishedDemoDay(Session admin) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Africa/Harare")).plusDays(5).truncatedTo(ChronoUnit.HOURS);
        EventView draft = admin.events().save(new SaveEvent(null, 0, "Demo day", "Pitches", EventType.PITCH, start,
                start.plusHours(2), "Africa/Harare", "Harare", null, false, 50, null, BigDecimal.ZERO, "USD", List.of()));
        return admin.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
    }

    static Replica newReplica() {
        return Replicas.jdbc(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    /** Every row of the synchronised tables of {@code db} as UPSERT changes, the way the server's log carries them. */
    static List<Change> everyRow(JdbcClient db, long firstSeq) {
        List<Change> changes = new ArrayList<>();
        long seq = firstSeq;
        for (String table : SyncTables.ALL) {
            String pk = pk(db, table);
            List<Object[]> rows = db.sql("SELECT " + pk + " AS id, to_jsonb(t)::text AS row FROM " + table + " t ORDER BY " + pk)
                    .query((rs, n) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("row")}).list();
            for (Object[] row : rows) {
                changes.add(new Change(seq++, table, (UUID) row[0], ChangeOperation.UPSERT, (String) row[1]));
            }
        }
        return changes;
    }

    /** The row as JSON with {@code drop} keys removed. */
    static String row(JdbcClient db, String table, UUID id, String... drop) {
        String minus = drop.length == 0 ? "" : " - CAST(:drop AS text[])";
        var spec = db.sql("SELECT (to_jsonb(t)" + minus + ")::text FROM " + table + " t WHERE " + pk(db, table) + " = :id")
                .param("id", id);
        if (drop.length > 0) {
            spec = spec.param("drop", "{" + String.join(",", drop) + "}");
        }
        return spec.query(String.class).optional().orElse(null);
    }

    /** Whole contents of the synchronised tables, rows as JSON in key order (secrets left out), for comparing databases. */
    /**
     * Secrets, and sign-in bookkeeping the server's log leaves out on purpose (a sign-in alone is not a
     * change worth sending to every replica).
     */
    private static final String UNSYNCED =
            "{password_hash,exit_pin_hash,last_login_at,failed_login_count,locked_until,pin_failures,pin_locked_until}";

    static List<String> contents(JdbcClient db) {
        return contents(db, new String[0]);
    }

    /** As {@link #contents(JdbcClient)}, leaving out these columns too. */
    static List<String> contents(JdbcClient db, String... alsoLeftOut) {
        String unsynced = alsoLeftOut.length == 0 ? UNSYNCED
                : UNSYNCED.substring(0, UNSYNCED.length() - 1) + "," + String.join(",", alsoLeftOut) + "}";
        List<String> all = new ArrayList<>();
        for (String table : SyncTables.ALL) {
            String pk = pk(db, table);
            all.addAll(db.sql("SELECT '" + table + " ' || (to_jsonb(t) - CAST(:unsynced AS text[]))::text FROM "
                    + table + " t ORDER BY " + pk).param("unsynced", unsynced).query(String.class).list());
        }
        return all;
    }

    static String pk(JdbcClient db, String table) {
        return db.sql("""
                SELECT a.attname FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = CAST(:t AS regclass) AND i.indisprimary
                """).param("t", table).query(String.class).single();
    }
}
