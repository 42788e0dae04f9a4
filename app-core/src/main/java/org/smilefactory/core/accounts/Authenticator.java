package org.smilefactory.core.accounts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;

/**
 * First-run setup and sign-in. Failed sign-ins are throttled per account: after
 * {@value #MAX_FAILURES} failures within {@value #WINDOW_MINUTES} minutes the account is locked for
 * {@value #LOCK_MINUTES} minutes (staff can lift it by resetting the password). Unknown emails are
 * throttled the same way and hashed against a decoy, so neither timing nor messages reveal which
 * emails exist.
 */
public final class Authenticator {

    static final int MAX_FAILURES = 5;
    static final int WINDOW_MINUTES = 15;
    static final int LOCK_MINUTES = 15;

    public static final String SETTING_HUB_NAME = "hub.name";
    public static final String SETTING_TIME_ZONE = "hub.time_zone";
    public static final String SETTING_CURRENCY = "hub.currency";

    private final CoreContext ctx;
    private final MemberAccounts accounts;
    private final LoginThrottle throttle;

    public Authenticator(CoreContext ctx) {
        this.ctx = ctx;
        this.accounts = new MemberAccounts(ctx.jdbc());
        this.throttle = new LoginThrottle(ctx.jdbc(), MAX_FAILURES, WINDOW_MINUTES, LOCK_MINUTES);
    }

    public HubStatus hubStatus() {
        Map<String, String> settings = ctx.jdbc()
                .sql("SELECT setting_key, setting_value FROM hub_settings WHERE setting_key IN (?, ?)")
                .params(SETTING_HUB_NAME, SETTING_TIME_ZONE)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String name = settings.get(SETTING_HUB_NAME);
        return new HubStatus(name == null, name, settings.getOrDefault(SETTING_TIME_ZONE, "Africa/Harare"));
    }

    public SignedIn completeSetup(FirstRunSetup setup) {
        Problems problems = new Problems()
                .requiredText("hubName", setup.hubName(), 100)
                .timeZone("timeZone", setup.timeZone())
                .requiredText("adminFirstName", setup.adminFirstName(), 100)
                .requiredText("adminLastName", setup.adminLastName(), 100)
                .email("adminEmail", setup.adminEmail())
                .password("adminPassword", setup.adminPassword());
        problems.throwIfAny();
        UUID adminId = Ids.next();
        String hash = ctx.passwords().hash(setup.adminPassword());
        ctx.tx().executeWithoutResult(status -> {
            // Two setup wizards racing on one fresh database: the table lock makes the second wait
            // and then see the first one's hub name.
            ctx.jdbc().sql("LOCK TABLE hub_settings IN EXCLUSIVE MODE").update();
            if (!hubStatus().setupRequired()) {
                throw new ConflictException(Messages.get("accounts.alreadySetUp"));
            }
            putSetting(SETTING_HUB_NAME, setup.hubName().trim());
            putSetting(SETTING_TIME_ZONE, setup.timeZone().trim());
            putSetting(SETTING_CURRENCY, "USD");
            accounts.insert(adminId, setup.adminEmail(), hash, setup.adminFirstName(), setup.adminLastName(), Role.ADMIN);
            AuditLog.record(ctx.jdbc(), adminId, "hub.setup", "hub", null, null,
                    Map.of("hubName", setup.hubName().trim(), "timeZone", setup.timeZone().trim(),
                            "adminEmail", setup.adminEmail().trim()));
        });
        return signIn(setup.adminEmail(), setup.adminPassword());
    }

    public SignedIn signIn(String email, String password) {
        // before the throttle and the lookup: a NUL would fail the statement (a 500 anyone could cause)
        new Problems().characters("email", email).characters("password", password).throwIfAny();
        String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        String throttleKey = "email:" + normalised;
        Optional<Long> lockedMinutes = throttle.lockedMinutes(throttleKey);
        if (lockedMinutes.isPresent()) {
            throw new UnauthenticatedException(Messages.get("accounts.throttled", lockedMinutes.get()));
        }
        Optional<Credentials> found = ctx.jdbc().sql("""
                SELECT user_id, password_hash, role, deactivated_at IS NOT NULL FROM personal_details
                WHERE lower(email) = ? AND deleted_at IS NULL AND invited_at IS NULL
                """).param(normalised)
                .query((rs, n) -> new Credentials(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4)))
                .optional();
        boolean ok = ctx.passwords().matches(password == null ? "" : password, found.map(Credentials::hash).orElse(null));
        if (!ok || found.isEmpty()) {
            recordFailure(throttleKey, found.map(Credentials::id).orElse(null));
            throw new UnauthenticatedException(Messages.get("accounts.badCredentials"));
        }
        Credentials c = found.get();
        if (c.deactivated()) {
            // said only to someone who knows the password: a deactivated account is no secret to its owner
            throw new UnauthenticatedException(Messages.get("accounts.deactivated"));
        }
        ctx.tx().executeWithoutResult(status -> {
            throttle.clear(throttleKey);
            ctx.jdbc().sql("UPDATE personal_details SET last_login_at = now(), failed_login_count = 0, locked_until = NULL WHERE user_id = ?")
                    .param(c.id()).update();
        });
        MemberAccount account = accounts.find(c.id()).orElseThrow();
        return new SignedIn(account, new Actor(c.id(), MemberAccounts.role(c.role())));
    }

    /** Lifts a sign-in lock (after a staff password reset). */
    static void clearThrottle(CoreContext ctx, String email) {
        new LoginThrottle(ctx.jdbc(), MAX_FAILURES, WINDOW_MINUTES, LOCK_MINUTES)
                .clear("email:" + email.trim().toLowerCase(Locale.ROOT));
    }

    private void recordFailure(String key, UUID memberId) {
        ctx.tx().executeWithoutResult(status -> {
            throttle.recordFailure(key);
            if (memberId != null) {
                ctx.jdbc().sql("""
                        UPDATE personal_details SET failed_login_count = failed_login_count + 1,
                          locked_until = (SELECT locked_until FROM login_throttle WHERE key = ?)
                        WHERE user_id = ?
                        """).params(key, memberId).update();
            }
        });
    }

    private void putSetting(String key, String value) {
        ctx.jdbc().sql("""
                INSERT INTO hub_settings (setting_key, setting_value, updated_at) VALUES (?, ?, now())
                ON CONFLICT (setting_key) DO UPDATE SET setting_value = EXCLUDED.setting_value,
                  updated_at = now(), version = hub_settings.version + 1
                """).params(key, value).update();
    }

    /**
     * Signs up with an invite code (decision 0024): the invited account gets its password and signs in.
     * The password is checked first, so a typo in it does not spend the code.
     */
    public SignedIn signUpWithCode(org.smilefactory.core.api.accounts.CodeSignUp signUp) {
        new Problems().characters("code", signUp.code()).password("password", signUp.password()).throwIfAny();
        String hash = ctx.passwords().hash(signUp.password());
        String email = ctx.tx().execute(status -> {
            AccountCodes.Redeemed r = new AccountCodes(ctx.jdbc()).redeem(signUp.code(), AccountCodes.INVITE, ctx.clock().instant());
            String found = ctx.jdbc().sql("""
                    UPDATE personal_details SET password_hash = ?, invited_at = NULL, updated_at = now(), version = version + 1
                    WHERE user_id = ? AND deleted_at IS NULL AND deactivated_at IS NULL AND invited_at IS NOT NULL
                    RETURNING email
                    """).params(hash, r.memberId()).query(String.class).optional()
                    .orElseThrow(() -> new org.smilefactory.core.api.ValidationException(java.util.List.of(
                            new org.smilefactory.core.api.Violation("code", "used", Messages.get("accounts.codeUsed")))));
            AuditLog.record(ctx.jdbc(), r.memberId(), "member.signup", "member", r.memberId(),
                    Map.of("state", "invited"), Map.of("state", "active"));
            return found;
        });
        return signIn(email, signUp.password());
    }

    /** Sets a new password with a reset code (decision 0024); every session of the member ends. */
    public void resetPasswordWithCode(org.smilefactory.core.api.accounts.CodeSignUp reset) {
        new Problems().characters("code", reset.code()).password("password", reset.password()).throwIfAny();
        String hash = ctx.passwords().hash(reset.password());
        ctx.tx().executeWithoutResult(status -> {
            AccountCodes.Redeemed r = new AccountCodes(ctx.jdbc()).redeem(reset.code(), AccountCodes.RESET, ctx.clock().instant());
            String email = ctx.jdbc().sql("""
                    UPDATE personal_details SET password_hash = ?, invited_at = NULL, failed_login_count = 0,
                      locked_until = NULL, updated_at = now(), version = version + 1
                    WHERE user_id = ? AND deleted_at IS NULL AND deactivated_at IS NULL
                    RETURNING email
                    """).params(hash, r.memberId()).query(String.class).optional()
                    .orElseThrow(() -> new org.smilefactory.core.api.ValidationException(java.util.List.of(
                            new org.smilefactory.core.api.Violation("code", "wrong", Messages.get("accounts.codeWrong")))));
            clearThrottle(ctx, email);
            int ended = SessionTokens.endSessions(ctx.jdbc(), r.memberId(), null);
            AuditLog.record(ctx.jdbc(), r.memberId(), "member.password.resetWithCode", "member", r.memberId(), null,
                    Map.of("sessionsEnded", ended));
        });
    }

    private record Credentials(UUID id, String hash, String role, boolean deactivated) {
    }
}
