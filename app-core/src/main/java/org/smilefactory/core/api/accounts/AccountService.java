package org.smilefactory.core.api.accounts;

import java.util.UUID;

/** Accounts: the signed-in member's own, and staff administration of others. */
public interface AccountService {

    /** The acting member, fresh from the database. */
    MemberAccount me();

    /**
     * Staff and admins only; only admins may create staff, admin or kiosk accounts.
     *
     * @throws org.smilefactory.core.api.ConflictException when the email is taken (case-insensitive)
     */
    MemberAccount createMember(CreateMember command);

    /**
     * Any member, for themselves: the current password must be right. Ends every other session of the
     * member on the hub's server and stops their offline copies from signing themselves back in; the
     * session that made the change stays signed in.
     */
    void changePassword(String currentPassword, String newPassword);

    /**
     * Staff and admins: sets a new password and lifts any sign-in lock. Ends every server session and
     * offline copy of that member.
     */
    void resetPassword(UUID memberId, String newPassword);

    /** Admins only; an admin cannot demote themselves (a hub always keeps an admin). */
    MemberAccount changeRole(UUID memberId, Role role);

    /**
     * Admins only: ends every session the member has on the hub's server (a lost laptop, a
     * compromised password), and stops their offline copies from signing themselves back in. Desktop
     * sessions on the embedded database are not server sessions.
     */
    void revokeServerSessions(UUID memberId);
}
