package org.smilefactory.core.accounts;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;

/**
 * Device credentials of offline copies (table {@code device_credentials}, decision 0021). A laptop that
 * keeps a replica must sign itself back in to the server after days offline, without anyone typing the
 * password again; keeping the password for that would put it in memory for as long as the app runs. So
 * at sign-in the server hands out a credential bound to the laptop's device id: 256 random bits, stored
 * only as SHA-256, living {@link #DEFAULT_TTL}, one live credential per member and device. The laptop
 * exchanges it for an ordinary session token. It is revoked with the member's sessions (an admin, a
 * password change or reset, {@link SessionTokens#endSessions}) and stops working when the member is
 * removed, so whoever ends a member's sessions ends their offline copies' way back in too.
 */
public final class DeviceCredentials {

    /** How long a credential lives: an offline copy may stay away from the network for weeks. */
    public static final Duration DEFAULT_TTL = Duration.ofDays(90);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final CoreContext ctx;
    private final SessionTokens tokens;
    private final Duration ttl;

    public DeviceCredentials(CoreContext ctx, SessionTokens tokens) {
        this(ctx, tokens, DEFAULT_TTL);
    }

    public DeviceCredentials(CoreContext ctx, SessionTokens tokens, Duration ttl) {
        this.ctx = ctx;
        this.tokens = tokens;
        this.ttl = ttl;
    }

    /**
     * Issues a credential for the member of the session token hashed as {@code sessionTokenHash}, bound
     * to {@code deviceId}; a live credential of the same member and device is revoked (a new sign-in on
     * the laptop replaces it). The session token is linked to the new credential, so a password change
     * made in that session keeps this laptop's offline copy signed in.
     *
     * @return the credential, shown only this once
     */
    public String issue(UUID memberId, String sessionTokenHash, UUID deviceId, String deviceName) {
        String name = deviceName == null ? "" : deviceName.strip();
        if (deviceId == null || name.isEmpty()) {
            throw new ValidationException(java.util.List.of(new Violation(deviceId == null ? "deviceId" : "deviceName",
                    "required", Messages.get("validation.required"))));
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String credential = ENCODER.encodeToString(raw);
        UUID id = org.smilefactory.core.common.Ids.next();
        ctx.tx().executeWithoutResult(status -> {
            ctx.jdbc().sql("UPDATE device_credentials SET revoked_at = now() WHERE user_id = ? AND device_id = ? AND revoked_at IS NULL")
                    .params(memberId, deviceId).update();
            ctx.jdbc().sql("""
                    INSERT INTO device_credentials (id, user_id, device_id, device_name, token_hash, expires_at)
                    VALUES (?, ?, ?, ?, ?, now() + make_interval(secs => ?))
                    """).params(id, memberId, deviceId, SessionTokens.truncate(name, 200), SessionTokens.hash(credential),
                    (double) ttl.toSeconds()).update();
            if (sessionTokenHash != null) {
                ctx.jdbc().sql("UPDATE auth_tokens SET device_credential_id = ? WHERE token_hash = ? AND user_id = ?")
                        .params(id, sessionTokenHash, memberId).update();
            }
        });
        return credential;
    }

    /** A session token and its member, from a device credential. */
    public record Exchanged(String token, SignedIn signedIn) {
    }

    /**
     * Exchanges a live credential (not expired, not revoked, its member not removed) for a new session
     * token linked to it.
     *
     * @throws UnauthenticatedException when the credential is unknown, expired or revoked
     */
    public Exchanged exchange(String credential, String userAgent, String ipAddress) {
        if (credential == null || credential.isBlank() || credential.length() > SessionTokens.MAX_TOKEN_LENGTH) {
            throw refused();
        }
        String hash = SessionTokens.hash(credential);
        record Live(UUID id, UUID memberId) {
        }
        Optional<Live> live = ctx.jdbc().sql("""
                SELECT d.id, d.user_id FROM device_credentials d
                  JOIN personal_details p ON p.user_id = d.user_id AND p.deleted_at IS NULL AND p.deactivated_at IS NULL
                 WHERE d.token_hash = ? AND d.revoked_at IS NULL AND d.expires_at > now()
                """).param(hash).query((rs, n) -> new Live(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).optional();
        if (live.isEmpty()) {
            throw refused();
        }
        String token = tokens.issue(live.get().memberId(), userAgent, ipAddress, live.get().id());
        ctx.jdbc().sql("UPDATE device_credentials SET last_used_at = now() WHERE id = ?").param(live.get().id()).update();
        SignedIn signedIn = tokens.open(token).orElseThrow(DeviceCredentials::refused);
        return new Exchanged(token, signedIn);
    }

    /** Deletes expired and long-revoked credentials; returns how many. */
    public int purgeExpired() {
        return ctx.jdbc().sql("DELETE FROM device_credentials WHERE expires_at < now() OR revoked_at < now() - interval '1 day'")
                .update();
    }

    private static UnauthenticatedException refused() {
        return new UnauthenticatedException(Messages.get("accounts.deviceCredentialRefused"));
    }
}
