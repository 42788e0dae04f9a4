package org.smilefactory.server.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed sign-ins counted per client address ({@code login_throttle} key {@code ip:<address>}),
 * on top of the per-account throttle of the core's Authenticator: one address guessing passwords of
 * many accounts is locked out too. Generous, because a hub's members often share one address (a
 * venue's Wi-Fi): {@value #MAX_FAILURES} failures within {@value #WINDOW_MINUTES} minutes lock the
 * address for {@value #LOCK_MINUTES} minutes. Shared by all server instances through the database.
 */
final class AddressThrottle {

    static final int MAX_FAILURES = 50;
    static final int WINDOW_MINUTES = 15;
    static final int LOCK_MINUTES = 15;

    private final JdbcClient jdbc;

    AddressThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Minutes left of a lock on this address, if it is locked. */
    Optional<Long> lockedMinutes(String address) {
        return jdbc.sql("""
                SELECT ceil(extract(epoch FROM (locked_until - now())) / 60)::bigint
                FROM login_throttle WHERE key = ? AND locked_until > now()
                """).param(key(address)).query(Long.class).optional().map(m -> Math.max(1, m));
    }

    void recordFailure(String address) {
        jdbc.sql("""
                INSERT INTO login_throttle AS t (key, failures, window_start, locked_until)
                VALUES (:key, 1, now(), NULL)
                ON CONFLICT (key) DO UPDATE SET
                  failures = CASE WHEN t.window_start < now() - make_interval(mins => :window) THEN 1 ELSE t.failures + 1 END,
                  window_start = CASE WHEN t.window_start < now() - make_interval(mins => :window) THEN now() ELSE t.window_start END,
                  locked_until = CASE
                      WHEN t.window_start >= now() - make_interval(mins => :window) AND t.failures + 1 >= :max
                      THEN now() + make_interval(mins => :lock) ELSE t.locked_until END
                """)
                .param("key", key(address))
                .param("window", WINDOW_MINUTES)
                .param("max", MAX_FAILURES)
                .param("lock", LOCK_MINUTES)
                .update();
    }

    private static String key(String address) {
        String a = address == null ? "unknown" : address;
        return "ip:" + (a.length() > 290 ? a.substring(0, 290) : a);
    }
}
