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

    // ---- members and accounts administration (issue 15, decision 0024) ----

    /**
     * Staff and admins: every account, with or without a published profile, invited and deactivated
     * ones too; keyset paging.
     *
     * @throws org.smilefactory.core.api.PermissionDeniedException for members who are not staff
     */
    AccountPage listAccounts(AccountQuery query);

    /**
     * Staff and admins (only admins invite staff, admins or kiosks): creates the account as invited and
     * returns its one-time sign-up code, shown this once. E-mails it when the hub has an SMTP server.
     *
     * @throws org.smilefactory.core.api.ConflictException when the e-mail is taken
     */
    InviteResult invite(Invite invite);

    /**
     * Staff and admins: invites every row of a CSV of {@code name,email} (a header row is optional;
     * {@code first name,last name,email} works too), all as {@code role}. A row that cannot be
     * invited carries its problem and the others go on.
     *
     * @throws org.smilefactory.core.api.ValidationException when the text is not such a CSV at all
     */
    java.util.List<InviteResult> inviteCsv(String csv, Role role);

    /**
     * Staff (members) and admins (anyone but themselves): the member can no longer sign in, leaves the
     * directory and search, and every session and offline copy of theirs ends.
     */
    AccountSummary deactivate(UUID memberId);

    /** As {@link #deactivate}, undone: the member can sign in again with their password. */
    AccountSummary reactivate(UUID memberId);

    /**
     * Staff and admins (an admin's account: admins only): a one-time code with which the member sets a
     * new password ({@link org.smilefactory.core.api.Backend#resetPasswordWithCode}); shown this once.
     * Earlier unused reset codes of the member stop working.
     */
    ResetCode issueResetCode(UUID memberId);

    /** Admins: the hub's SMTP server (never with its password). */
    MailSettings mailSettings();

    /**
     * Admins: saves the SMTP server; {@code settings.version()} is the version read.
     *
     * @throws org.smilefactory.core.api.ConflictException when someone saved in between
     */
    MailSettings saveMailSettings(MailSettings settings);

    /**
     * Admins: sends a test e-mail to {@code to} through the saved SMTP server.
     *
     * @throws org.smilefactory.core.api.ValidationException when no server is set or it refused, with its answer
     */
    void sendTestMail(String to);
}
