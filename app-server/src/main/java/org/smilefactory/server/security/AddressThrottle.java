package org.smilefactory.server.security;

import java.util.Optional;
import org.smilefactory.core.accounts.LoginThrottle;
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

    private final LoginThrottle throttle;

    AddressThrottle(JdbcClient jdbc) {
        this.throttle = new LoginThrottle(jdbc, MAX_FAILURES, WINDOW_MINUTES, LOCK_MINUTES);
    }

    /** Minutes left of a lock on this address, if it is locked. */
    Optional<Long> lockedMinutes(String address) {
        return throttle.lockedMinutes(key(address));
    }

    void recordFailure(String address) {
        throttle.recordFailure(key(address));
    }

    private static String key(String address) {
        String a = address == null ? "unknown" : address;
        return "ip:" + (a.length() > 290 ? a.substring(0, 290) : a);
    }
}
