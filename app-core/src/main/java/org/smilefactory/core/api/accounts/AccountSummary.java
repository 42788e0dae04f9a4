package org.smilefactory.core.api.accounts;

import java.time.Instant;
import java.util.UUID;

/** One row of the staff account list, with or without a published profile. Never carries a secret. */
public record AccountSummary(
        UUID id,
        String email,
        String firstName,
        String lastName,
        Role role,
        AccountState state,
        boolean profilePublished,
        Instant createdAt,
        Instant lastLoginAt) {

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? email : name;
    }
}
