package org.smilefactory.core.accounts;

import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.AccountService;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.springframework.dao.DuplicateKeyException;

/** {@link AccountService} on the local database, acting as one {@link Actor}. */
public final class LocalAccountService implements AccountService {

    private final CoreContext ctx;
    private final Actor actor;
    private final MemberAccounts accounts;

    public LocalAccountService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
        this.accounts = new MemberAccounts(ctx.jdbc());
    }

    @Override
    public MemberAccount me() {
        return accounts.find(actor.memberId())
                .orElseThrow(() -> new NotFoundException(Messages.get("accounts.memberNotFound")));
    }

    @Override
    public MemberAccount createMember(CreateMember command) {
        actor.requireStaff();
        Role role = command.role() == null ? Role.USER : command.role();
        if (role != Role.USER) {
            actor.requireAdmin();
        }
        new Problems()
                .email("email", command.email())
                .password("password", command.password())
                .requiredText("firstName", command.firstName(), 100)
                .requiredText("lastName", command.lastName(), 100)
                .throwIfAny();
        UUID id = Ids.next();
        String hash = ctx.passwords().hash(command.password());
        try {
            ctx.tx().executeWithoutResult(status -> {
                if (accounts.emailTaken(command.email())) {
                    throw duplicateEmail();
                }
                accounts.insert(id, command.email(), hash, command.firstName(), command.lastName(), role);
                AuditLog.record(ctx.jdbc(), actor.memberId(), "member.create", "member", id, null,
                        Map.of("email", command.email().trim(), "role", MemberAccounts.dbValue(role)));
            });
        } catch (DuplicateKeyException e) {
            // Two staff creating the same email at once: the unique index decides.
            throw duplicateEmail();
        }
        return accounts.find(id).orElseThrow();
    }

    @Override
    public void changePassword(String currentPassword, String newPassword) {
        new Problems().required("currentPassword", currentPassword).password("newPassword", newPassword).throwIfAny();
        String hash = ctx.jdbc().sql("SELECT password_hash FROM personal_details WHERE user_id = ?")
                .param(actor.memberId()).query(String.class).single();
        if (!ctx.passwords().matches(currentPassword, hash)) {
            throw new ValidationException(java.util.List.of(new Violation("currentPassword", "wrong-password",
                    Messages.get("accounts.wrongCurrentPassword"))));
        }
        String newHash = ctx.passwords().hash(newPassword);
        ctx.tx().executeWithoutResult(status -> {
            ctx.jdbc().sql("UPDATE personal_details SET password_hash = ?, updated_at = now() WHERE user_id = ?")
                    .params(newHash, actor.memberId()).update();
            // whoever knew the old password is signed out everywhere else; this session stays
            int ended = SessionTokens.endSessions(ctx.jdbc(), actor.memberId(), actor.serverTokenHash());
            AuditLog.record(ctx.jdbc(), actor.memberId(), "member.password.change", "member", actor.memberId(), null,
                    Map.of("sessionsEnded", ended));
        });
    }

    @Override
    public void resetPassword(UUID memberId, String newPassword) {
        actor.requireStaff();
        new Problems().required("memberId", memberId).password("newPassword", newPassword).throwIfAny();
        MemberAccount target = accounts.find(memberId)
                .orElseThrow(() -> new NotFoundException(Messages.get("accounts.memberNotFound")));
        if (target.role() == Role.ADMIN && actor.role() != Role.ADMIN) {
            // staff must not take over an administrator's account
            throw new PermissionDeniedException(Messages.get("accounts.adminOnly"));
        }
        String hash = ctx.passwords().hash(newPassword);
        ctx.tx().executeWithoutResult(status -> {
            ctx.jdbc().sql("""
                    UPDATE personal_details SET password_hash = ?, failed_login_count = 0, locked_until = NULL,
                      updated_at = now() WHERE user_id = ?
                    """).params(hash, memberId).update();
            Authenticator.clearThrottle(ctx, target.email());
            // a reset is for a lost or stolen password: every session and offline copy of the member ends
            // (the staff member's own session too, if they reset their own, but not the one they act in)
            int ended = SessionTokens.endSessions(ctx.jdbc(), memberId, actor.serverTokenHash());
            AuditLog.record(ctx.jdbc(), actor.memberId(), "member.password.reset", "member", memberId, null,
                    Map.of("sessionsEnded", ended));
        });
    }

    @Override
    public MemberAccount changeRole(UUID memberId, Role role) {
        actor.requireAdmin();
        new Problems().required("memberId", memberId).required("role", role).throwIfAny();
        if (actor.is(memberId) && role != Role.ADMIN) {
            throw new ConflictException(Messages.get("accounts.keepOneAdmin"));
        }
        MemberAccount before = accounts.find(memberId)
                .orElseThrow(() -> new NotFoundException(Messages.get("accounts.memberNotFound")));
        ctx.tx().executeWithoutResult(status -> {
            ctx.jdbc().sql("UPDATE personal_details SET role = ?, updated_at = now() WHERE user_id = ?")
                    .params(MemberAccounts.dbValue(role), memberId).update();
            AuditLog.record(ctx.jdbc(), actor.memberId(), "member.role.change", "member", memberId,
                    Map.of("role", MemberAccounts.dbValue(before.role())), Map.of("role", MemberAccounts.dbValue(role)));
        });
        return accounts.find(memberId).orElseThrow();
    }

    @Override
    public void revokeServerSessions(UUID memberId) {
        actor.requireAdmin();
        new Problems().required("memberId", memberId).throwIfAny();
        accounts.find(memberId).orElseThrow(() -> new NotFoundException(Messages.get("accounts.memberNotFound")));
        ctx.tx().executeWithoutResult(status -> {
            // the member's offline copies too: their device credentials cannot sign them back in
            int revoked = SessionTokens.endSessions(ctx.jdbc(), memberId, null);
            AuditLog.record(ctx.jdbc(), actor.memberId(), "member.sessions.revoke", "member", memberId, null,
                    Map.of("revoked", revoked));
        });
    }

    private static ConflictException duplicateEmail() {
        return new ConflictException(Messages.get("accounts.emailTaken"));
    }
}
