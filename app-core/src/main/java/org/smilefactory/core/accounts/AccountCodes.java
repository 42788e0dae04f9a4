package org.smilefactory.core.accounts;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.common.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One-time invite and reset codes (decision 0024): 12 letters and digits from an alphabet without
 * look-alikes ({@code 0/O}, {@code 1/I/L}), shown as {@code XXXX-XXXX-XXXX} (about 60 random bits),
 * handed out once; only the SHA-256 of the normalised code is stored. Typing is forgiving: case,
 * spaces and dashes do not matter.
 */
final class AccountCodes {

    static final String INVITE = "invite";
    static final String RESET = "reset";
    /** An invite waits two weeks for its member. */
    static final Duration INVITE_TTL = Duration.ofDays(14);
    /** A reset code is for a member standing at the desk or on the phone: three days is plenty. */
    static final Duration RESET_TTL = Duration.ofDays(3);

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    AccountCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Issued(String code, Instant expiresAt) {
    }

    /** A member's code that was valid when redeemed. */
    record Redeemed(UUID memberId, String purpose) {
    }

    /** A new code of {@code purpose} for the member; earlier unused codes of that purpose stop working. */
    Issued issue(UUID memberId, String purpose, UUID createdBy, Instant now) {
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            raw.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        String code = raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8);
        Instant expires = now.plus(purpose.equals(INVITE) ? INVITE_TTL : RESET_TTL);
        jdbc.sql("UPDATE account_codes SET used_at = now() WHERE user_id = ? AND purpose = ? AND used_at IS NULL")
                .params(memberId, purpose).update();
        jdbc.sql("""
                INSERT INTO account_codes (user_id, purpose, code_hash, created_by, expires_at)
                VALUES (?, ?, ?, ?, ?)
                """).params(memberId, purpose, hash(code), createdBy, java.sql.Timestamp.from(expires)).update();
        return new Issued(code, expires);
    }

    /**
     * Spends a code of {@code purpose} (in the caller's transaction, the row locked so two tabs cannot
     * both spend it); a wrong, used or expired code is a validation error on {@code code}, each in words.
     */
    Redeemed redeem(String code, String purpose, Instant now) {
        if (code == null || code.isBlank()) {
            throw invalid("required", "accounts.codeRequired");
        }
        record Row(UUID id, UUID memberId, Instant expiresAt, Instant usedAt) {
        }
        Row row = jdbc.sql("""
                SELECT id, user_id, expires_at, used_at FROM account_codes
                WHERE code_hash = ? AND purpose = ? FOR UPDATE
                """).params(hash(code), purpose)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), MemberAccounts.instant(rs.getTimestamp(4))))
                .optional().orElseThrow(() -> invalid("wrong", "accounts.codeWrong"));
        if (row.usedAt() != null) {
            throw invalid("used", "accounts.codeUsed");
        }
        if (!row.expiresAt().isAfter(now)) {
            throw invalid("expired", "accounts.codeExpired");
        }
        jdbc.sql("UPDATE account_codes SET used_at = now() WHERE id = ?").param(row.id()).update();
        return new Redeemed(row.memberId(), purpose);
    }

    /** The stored form: SHA-256 of the code without dashes and spaces, upper case. */
    static String hash(String code) {
        String normalised = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return SessionTokens.hash("code:" + normalised);
    }

    private static ValidationException invalid(String kind, String key) {
        return new ValidationException(List.of(new Violation("code", kind, Messages.get(key))));
    }
}
