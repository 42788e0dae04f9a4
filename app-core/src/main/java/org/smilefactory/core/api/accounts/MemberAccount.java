package org.smilefactory.core.api.accounts;

import java.time.Instant;
import java.util.UUID;

/** A member's account as their own session or staff see it. Never carries a password hash. */
public record MemberAccount(
        UUID id,
        String email,
        String firstName,
        String lastName,
        Role role,
        boolean emailVerified,
        Instant lastLoginAt,
        Instant createdAt) {

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? email : name;
    }
}
