package org.smilefactory.core.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/**
 * Opaque bearer tokens for the server: 256 random bits, handed out once; only their SHA-256 is stored
 * (table {@code auth_tokens}, purpose {@code session}), so a copy of the database gives no usable
 * token. Tokens expire, can be revoked one by one (sign-out) or all of a member's at once, and are
 * shared by every server instance on the database (the server stays stateless).
 */
public final class SessionTokens {

    /** How long a token lives after sign-in. */
    public static final Duration DEFAULT_TTL = Duration.ofDays(14);
    /** Longer strings are not tokens of ours (they are 43 characters) and are refused unhashed. */
    public static final int MAX_TOKEN_LENGTH = 200;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final CoreContext ctx;
    private final MemberAccounts accounts;
    private final Duration ttl;

    public SessionTokens(CoreContext ctx) {
        this(ctx, DEFAULT_TTL);
    }

    public SessionTokens(CoreContext ctx, Duration ttl) {
        this.ctx = ctx;
        this.accounts = new MemberAccounts(ctx.jdbc());
        this.ttl = ttl;
    }

    /** Issues a new token for the member and returns it; it is never stored or shown again. */
    public String issue(UUID memberId, String userAgent, String ipAddress) {
        return issue(memberId, userAgent, ipAddress, null);
    }

    /** As {@link #issue(UUID, String, String)}, for a token exchanged for the given device credential. */
    String issue(UUID memberId, String userAgent, String ipAddress, UUID deviceCredentialId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = ENCODER.encodeToString(raw);
        ctx.jdbc().sql("""
                INSERT INTO auth_tokens (user_id, token_hash, purpose, expires_at, user_agent, ip_address, device_credential_id)
                VALUES (?, ?, 'session', now() + make_interval(secs => ?), ?, ?, ?)
                """)
                .params(memberId, hash(token), (double) ttl.toSeconds(), truncate(userAgent, 500), truncate(ipAddress, 45),
                        deviceCredentialId)
                .update();
        return token;
    }

    /** The member a live (not expired, not revoked) token belongs to; marks it used (at most once a minute). */
    public Optional<UUID> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<UUID> member = ctx.jdbc().sql("""
                SELECT t.user_id FROM auth_tokens t
                WHERE NOT EXISTS (SELECT 1 FROM personal_details p WHERE p.user_id = t.user_id AND p.deactivated_at IS NOT NULL)
                  AND t.token_hash = ? AND t.purpose = 'session' AND t.revoked_at IS NULL AND t.expires_at > now()
                """).param(hash).query(UUID.class).optional();
        member.ifPresent(id -> ctx.jdbc().sql("""
                UPDATE auth_tokens SET last_used_at = now()
                WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
                """).param(hash).update());
        return member;
    }

    /**
     * The signed-in member behind a live token, in one round trip (token and member joined): this runs
     * before every server request, so it is the hot path of the whole API. Marks the token used at most
     * once a minute, so steady traffic does not turn every read into a write.
     */
    public Optional<SignedIn> open(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        String hash = hash(token);
        record Found(SignedIn signedIn, boolean markUse) {
        }
        Optional<Found> found = ctx.jdbc().sql("""
                SELECT p.user_id, p.email, p.first_name, p.last_name, p.role, p.email_verified, p.last_login_at, p.created_at,
                       (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS mark_use
                  FROM auth_tokens t JOIN personal_details p ON p.user_id = t.user_id AND p.deleted_at IS NULL
                                          AND p.deactivated_at IS NULL
                 WHERE t.token_hash = ? AND t.purpose = 'session' AND t.revoked_at IS NULL AND t.expires_at > now()
                """).param(hash).query((rs, row) -> {
                    var account = MemberAccounts.map(rs, row);
                    return new Found(new SignedIn(account, Actor.remoteCaller(account.id(), account.role(), hash)),
                            rs.getBoolean("mark_use"));
                }).optional();
        found.filter(Found::markUse).ifPresent(f -> ctx.jdbc().sql("""
                UPDATE auth_tokens SET last_used_at = now()
                WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
                """).param(hash).update());
        return found.map(Found::signedIn);
    }

    /** Revokes one token (sign-out); unknown or already revoked tokens are ignored. */
    public void revoke(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        ctx.jdbc().sql("UPDATE auth_tokens SET revoked_at = now() WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash(token)).update();
    }

    /**
     * Revokes every live session token and device credential of a member (an admin signing them out
     * everywhere): their server sessions end and their offline copies cannot sign themselves back in.
     */
    public int revokeAll(UUID memberId) {
        return endSessions(ctx.jdbc(), memberId, null);
    }

    /**
     * Ends a member's server sessions and offline copies, all but the session of the token hashed as
     * {@code keepTokenHash} (null: all of them) and the device credential that session belongs to, so a
     * member who changes their password stays signed in where they did it. Runs in the caller's
     * transaction; returns how many tokens and credentials it revoked.
     */
    public static int endSessions(org.springframework.jdbc.core.simple.JdbcClient jdbc, UUID memberId, String keepTokenHash) {
        if (keepTokenHash == null) {
            // Without a token to keep, token_hash is not read at all: the desktops' least-privilege role
            // may write auth_tokens but never read that column (decision 0022).
            return jdbc.sql("""
                    UPDATE auth_tokens SET revoked_at = now()
                    WHERE user_id = :member AND purpose = 'session' AND revoked_at IS NULL
                    """).param("member", memberId).update()
                    + jdbc.sql("UPDATE device_credentials SET revoked_at = now() WHERE user_id = :member AND revoked_at IS NULL")
                    .param("member", memberId).update();
        }
        int tokens = jdbc.sql("""
                UPDATE auth_tokens SET revoked_at = now()
                WHERE user_id = :member AND purpose = 'session' AND revoked_at IS NULL
                  AND token_hash <> :keep
                """).param("member", memberId).param("keep", keepTokenHash).update();
        int devices = jdbc.sql("""
                UPDATE device_credentials SET revoked_at = now()
                WHERE user_id = :member AND revoked_at IS NULL
                  AND id IS DISTINCT FROM (SELECT device_credential_id FROM auth_tokens
                                            WHERE token_hash = :keep AND user_id = :member)
                """).param("member", memberId).param("keep", keepTokenHash).update();
        return tokens + devices;
    }

    /** Deletes expired and long-revoked tokens; returns how many. */
    public int purgeExpired() {
        return ctx.jdbc().sql("""
                DELETE FROM auth_tokens WHERE purpose = 'session'
                  AND (expires_at < now() OR revoked_at < now() - interval '1 day')
                """).update();
    }

    /** An existing, not deleted member with their current role, for a session opened by token. */
    public Optional<SignedIn> signedIn(UUID memberId) {
        return accounts.findActive(memberId).map(a -> new SignedIn(a, Actor.remoteCaller(a.id(), a.role(), null)));
    }

    /** The stored form of a token (hex SHA-256); also what the server keys its short token cache by. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String truncate(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
