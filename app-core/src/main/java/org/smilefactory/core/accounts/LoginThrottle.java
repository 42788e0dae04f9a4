package org.smilefactory.core.accounts;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts failed sign-ins per key in {@code login_throttle} ({@code email:<address>} for an account,
 * {@code ip:<address>} for a client): {@code maxFailures} failures within {@code windowMinutes}
 * lock the key for {@code lockMinutes}. One atomic upsert per failure, so concurrent guesses and
 * several server instances count together.
 */
public final class LoginThrottle {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final int windowMinutes;
    private final int lockMinutes;

    public LoginThrottle(JdbcClient jdbc, int maxFailures, int windowMinutes, int lockMinutes) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.windowMinutes = windowMinutes;
        this.lockMinutes = lockMinutes;
    }

    /** Whole minutes (at least 1) left of a lock on this key, if it is locked. */
    public Optional<Long> lockedMinutes(String key) {
        return jdbc.sql("""
                SELECT ceil(extract(epoch FROM (locked_until - now())) / 60)::bigint
                FROM login_throttle WHERE key = ? AND locked_until > now()
                """).param(key).query(Long.class).optional().map(m -> Math.max(1, m));
    }

    public void recordFailure(String key) {
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
                .param("key", key)
                .param("window", windowMinutes)
                .param("max", maxFailures)
                .param("lock", lockMinutes)
                .update();
    }

    public void clear(String key) {
        jdbc.sql("DELETE FROM login_throttle WHERE key = ?").param(key).update();
    }
}
