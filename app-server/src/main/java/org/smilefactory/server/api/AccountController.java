package org.smilefactory.server.api;

import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.AccountPage;
import org.smilefactory.core.api.accounts.AccountQuery;
import org.smilefactory.core.api.accounts.AccountSort;
import org.smilefactory.core.api.accounts.AccountState;
import org.smilefactory.core.api.accounts.AccountSummary;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.Invite;
import org.smilefactory.core.api.accounts.InviteResult;
import org.smilefactory.core.api.accounts.MailSettings;
import org.smilefactory.core.api.accounts.ResetCode;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.remote.wire.InviteCsvRequest;
import org.smilefactory.core.remote.wire.TestMailRequest;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.remote.wire.ChangePasswordRequest;
import org.smilefactory.core.remote.wire.ChangeRoleRequest;
import org.smilefactory.core.remote.wire.ResetPasswordRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.accounts.AccountService} over HTTP. */
@RestController
@RequestMapping("/api/v1/accounts")
public class AccountController {

    @GetMapping("/me")
    public MemberAccount me(Session session) {
        return session.accounts().me();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public MemberAccount create(Session session, @RequestBody CreateMember command) {
        return session.accounts().createMember(command);
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void changePassword(Session session, @RequestBody ChangePasswordRequest body) {
        session.accounts().changePassword(body.currentPassword(), body.newPassword());
    }

    @PutMapping("/{memberId}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void resetPassword(Session session, @PathVariable UUID memberId, @RequestBody ResetPasswordRequest body) {
        session.accounts().resetPassword(memberId, body.newPassword());
    }

    @DeleteMapping("/{memberId}/sessions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revokeServerSessions(Session session, @PathVariable UUID memberId) {
        session.accounts().revokeServerSessions(memberId);
    }

    @PutMapping("/{memberId}/role")
    public MemberAccount changeRole(Session session, @PathVariable UUID memberId, @RequestBody ChangeRoleRequest body) {
        return session.accounts().changeRole(memberId, body.role());
    }

    // ---- members and accounts administration (issue 15, decision 0024) ----

    /** Staff: every account, with or without a profile; keyset paging by {@code after}. */
    @GetMapping
    public AccountPage list(Session session,
                            @RequestParam(required = false) String text,
                            @RequestParam(required = false) Role role,
                            @RequestParam(required = false) AccountState state,
                            @RequestParam(required = false) AccountSort sort,
                            @RequestParam(required = false) String after,
                            @RequestParam(defaultValue = "0") int limit) {
        return session.accounts().listAccounts(new AccountQuery(text, role, state, sort, after, limit));
    }

    /** Staff: invites one member; the answer carries the one-time sign-up code, shown this once. */
    @PostMapping("/invites")
    @ResponseStatus(HttpStatus.CREATED)
    public InviteResult invite(Session session, @RequestBody Invite body) {
        return session.accounts().invite(body);
    }

    /** Staff: invites every row of a CSV of name and e-mail; each row's code or problem. */
    @PostMapping("/invites/csv")
    public java.util.List<InviteResult> inviteCsv(Session session, @RequestBody InviteCsvRequest body) {
        return session.accounts().inviteCsv(body.csv(), body.role());
    }

    @PostMapping("/{memberId}/deactivation")
    public AccountSummary deactivate(Session session, @PathVariable UUID memberId) {
        return session.accounts().deactivate(memberId);
    }

    @DeleteMapping("/{memberId}/deactivation")
    public AccountSummary reactivate(Session session, @PathVariable UUID memberId) {
        return session.accounts().reactivate(memberId);
    }

    /** Staff: a one-time password-reset code for the member, shown this once. */
    @PostMapping("/{memberId}/reset-code")
    @ResponseStatus(HttpStatus.CREATED)
    public ResetCode resetCode(Session session, @PathVariable UUID memberId) {
        return session.accounts().issueResetCode(memberId);
    }

    @GetMapping("/mail-settings")
    public MailSettings mailSettings(Session session) {
        return session.accounts().mailSettings();
    }

    @PutMapping("/mail-settings")
    public MailSettings saveMailSettings(Session session, @RequestBody MailSettings body) {
        return session.accounts().saveMailSettings(body);
    }

    @PostMapping("/mail-settings/test")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void sendTestMail(Session session, @RequestBody TestMailRequest body) {
        session.accounts().sendTestMail(body.to());
    }
}
