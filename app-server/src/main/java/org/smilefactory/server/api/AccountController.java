package org.smilefactory.server.api;

import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.CreateMember;
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
}
