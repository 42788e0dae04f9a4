package org.smilefactory.core.api.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * One invited member: the one-time sign-up {@code code} (shown this once; only its hash is kept) and
 * when it expires, and whether it was e-mailed. In a CSV import a row that could not be invited has no
 * id and no code but a {@code problem} in words (e.g. the e-mail is taken), and the other rows go on.
 */
public record InviteResult(
        int row,
        UUID memberId,
        String email,
        String firstName,
        String lastName,
        String code,
        Instant expiresAt,
        boolean emailed,
        String problem) {

    public boolean invited() {
        return problem == null;
    }

    /** Never print the code (records print every component; logs print records). */
    @Override
    public String toString() {
        return "InviteResult[row=" + row + ", memberId=" + memberId + ", email=" + email + ", code="
                + (code == null ? "null" : "***") + ", expiresAt=" + expiresAt + ", emailed=" + emailed
                + ", problem=" + problem + "]";
    }
}
