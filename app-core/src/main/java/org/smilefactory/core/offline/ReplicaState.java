package org.smilefactory.core.offline;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The replica's bookkeeping in {@code sync_state}: which server and member it belongs to, the scope it
 * was taken with, the pull cursor and when it last synchronised. Writes join the caller's transaction,
 * so the cursor only ever moves together with the rows it stands for.
 */
public final class ReplicaState {

    public static final String SERVER_URL = "server_url";
    public static final String MEMBER_ID = "member_id";
    public static final String MEMBER_EMAIL = "member_email";
    public static final String SCOPE = "scope";
    public static final String PULL_CURSOR = "pull_cursor";
    public static final String LAST_SYNC_AT = "last_sync_at";
    public static final String HUB_NAME = "hub_name";
    public static final String HUB_TIME_ZONE = "hub_time_zone";

    private final JdbcClient jdbc;

    public ReplicaState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String key) {
        return jdbc.sql("SELECT value FROM sync_state WHERE key = :key").param("key", key)
                .query(String.class).optional();
    }

    public void put(String key, String value) {
        jdbc.sql("""
                INSERT INTO sync_state (key, value) VALUES (:key, :value)
                ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
                """).param("key", key).param("value", value).update();
    }

    /** The position in the server's change log after which the next pull asks; 0 for a fresh replica. */
    public long cursor() {
        return get(PULL_CURSOR).map(Long::parseLong).orElse(0L);
    }

    public void cursor(long cursor) {
        put(PULL_CURSOR, Long.toString(cursor));
    }

    /** The scope the replica was taken with; empty before the first page. */
    public Optional<String> scope() {
        return get(SCOPE);
    }

    public Optional<Instant> lastSyncAt() {
        return get(LAST_SYNC_AT).map(Instant::parse);
    }
}
