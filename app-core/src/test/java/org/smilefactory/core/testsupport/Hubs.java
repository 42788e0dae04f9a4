package org.smilefactory.core.testsupport;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.Role;

/** Helpers to set up a hub and its members through the contract only (so they work on any backend). */
public final class Hubs {

    public static final String ADMIN_PASSWORD = "correct horse battery";
    public static final String MEMBER_PASSWORD = "member-password-1";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Hubs() {
    }

    public static FirstRunSetup setup(String adminEmail) {
        return new FirstRunSetup("Test Hub", "Africa/Harare", "Ada", "Admin", adminEmail, ADMIN_PASSWORD);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "." + SEQ.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Creates a member with the given role through an admin session and signs them in. */
    public static Session member(Backend backend, Session admin, Role role, String first, String last) {
        // names may carry what an address may not ("=HYPERLINK(1)"): the address keeps letters and digits
        String email = uniqueEmail(first.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "x"));
        admin.accounts().createMember(new CreateMember(email, MEMBER_PASSWORD, first, last, role));
        return backend.signIn(email, MEMBER_PASSWORD);
    }
}
