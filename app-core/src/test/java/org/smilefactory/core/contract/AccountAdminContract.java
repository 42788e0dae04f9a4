package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.accounts.AccountPage;
import org.smilefactory.core.api.accounts.AccountQuery;
import org.smilefactory.core.api.accounts.AccountSort;
import org.smilefactory.core.api.accounts.AccountState;
import org.smilefactory.core.api.accounts.AccountSummary;
import org.smilefactory.core.api.accounts.CodeSignUp;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.Invite;
import org.smilefactory.core.api.accounts.InviteResult;
import org.smilefactory.core.api.accounts.MailSecurity;
import org.smilefactory.core.api.accounts.MailSettings;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.ResetCode;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Members and accounts administration (issue 15, decision 0024) — on any backend: the staff account
 * list, invites with one-time codes, deactivation, reset codes, ending sessions, the SMTP settings.
 */
public abstract class AccountAdminContract extends ContractFixture {

    /** The hub's database, to back-date a code (nothing in the contract can make one expire now). */
    protected abstract JdbcClient jdbc();

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private List<AccountSummary> all(AccountQuery query) {
        List<AccountSummary> out = new ArrayList<>();
        AccountPage page = admin.accounts().listAccounts(query);
        out.addAll(page.items());
        while (page.next() != null) {
            page = admin.accounts().listAccounts(query.withAfter(page.next()));
            out.addAll(page.items());
        }
        return out;
    }

    @Test
    void staffListEveryAccountIncludingThoseWithoutAPublishedProfile() {
        String last = unique("Nopro");
        MemberAccount m = admin.accounts().createMember(new CreateMember(Hubs.uniqueEmail("nopro"), Hubs.MEMBER_PASSWORD,
                "Nora", last, Role.USER));
        AccountPage page = admin.accounts().listAccounts(new AccountQuery(last, null, null, AccountSort.SIGNED_UP, null, 0));
        assertThat(page.items()).extracting(AccountSummary::id).containsExactly(m.id());
        AccountSummary row = page.items().get(0);
        assertThat(row.profilePublished()).isFalse();
        assertThat(row.state()).isEqualTo(AccountState.ACTIVE);
        assertThat(row.email()).isEqualTo(m.email());
        // by e-mail too, whatever the case
        assertThat(admin.accounts().listAccounts(new AccountQuery(m.email().toUpperCase(), null, null, null, null, 0)).items())
                .extracting(AccountSummary::id).containsExactly(m.id());
        // staff see it as well
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Stef", unique("Staff"));
        assertThat(staff.accounts().listAccounts(new AccountQuery(last, null, null, null, null, 0)).items()).hasSize(1);
    }

    @Test
    void aMemberListingAccountsIsRefused() {
        Session member = Hubs.member(backend, admin, Role.USER, "Mona", unique("Member"));
        assertThatThrownBy(() -> member.accounts().listAccounts(AccountQuery.all()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> member.accounts().invite(new Invite(Hubs.uniqueEmail("x"), "X", "Y", null)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void filtersByRoleAndStateAndPagesWithoutGapsOrRepeats() {
        String tag = unique("Page");
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(admin.accounts().createMember(new CreateMember(Hubs.uniqueEmail("pg" + i), Hubs.MEMBER_PASSWORD,
                    "P" + i, tag, i == 0 ? Role.STAFF : Role.USER)).id());
        }
        InviteResult invited = admin.accounts().invite(new Invite(Hubs.uniqueEmail("pginv"), "Ivy", tag, null));
        for (AccountSort sort : AccountSort.values()) {
            List<AccountSummary> paged = all(new AccountQuery(tag, null, null, sort, null, 2));
            assertThat(paged).extracting(AccountSummary::id).doesNotHaveDuplicates().hasSize(6)
                    .containsAll(made).contains(invited.memberId());
        }
        assertThat(all(new AccountQuery(tag, null, null, AccountSort.SIGNED_UP, null, 2)).get(0).id())
                .as("newest first").isEqualTo(invited.memberId());
        assertThat(all(new AccountQuery(tag, Role.STAFF, null, null, null, 0))).extracting(AccountSummary::id)
                .containsExactly(made.get(0));
        assertThat(all(new AccountQuery(tag, null, AccountState.INVITED, null, null, 0))).extracting(AccountSummary::id)
                .containsExactly(invited.memberId());
        assertThat(all(new AccountQuery(tag, null, AccountState.ACTIVE, null, null, 0))).hasSize(5);
        // signing in moves a member to the top of "last sign-in"
        backend.signIn(admin.accounts().listAccounts(new AccountQuery(tag, Role.STAFF, null, null, null, 0))
                .items().get(0).email(), Hubs.MEMBER_PASSWORD);
        assertThat(all(new AccountQuery(tag, null, null, AccountSort.LAST_SIGN_IN, null, 0)).get(0).id())
                .isEqualTo(made.get(0));
        assertThatThrownBy(() -> admin.accounts().listAccounts(new AccountQuery(tag, null, null, null, "not-a-cursor", 0)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anInvitedMemberSignsUpWithTheCodeExactlyOnce() {
        String email = Hubs.uniqueEmail("invitee");
        InviteResult invite = admin.accounts().invite(new Invite(email, "Ines", unique("Invited"), null));
        assertThat(invite.code()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(invite.expiresAt()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(13)));
        assertThat(invite.emailed()).isFalse();
        // invited, not yet signed up: cannot sign in with any password
        assertThatThrownBy(() -> backend.signIn(email, "anything-at-all")).isInstanceOf(UnauthenticatedException.class);

        // typed sloppily: lower case, no dashes
        Session signedUp = backend.signUpWithCode(new CodeSignUp(" " + invite.code().toLowerCase().replace("-", "") + " ",
                "my-own-password"));
        assertThat(signedUp.member().id()).isEqualTo(invite.memberId());
        assertThat(signedUp.member().role()).isEqualTo(Role.USER);
        assertThat(backend.signIn(email, "my-own-password").member().id()).isEqualTo(invite.memberId());
        assertThat(admin.accounts().listAccounts(new AccountQuery(email, null, null, null, null, 0)).items().get(0).state())
                .isEqualTo(AccountState.ACTIVE);

        ValidationException reused = catchThrowableOfType(ValidationException.class,
                () -> backend.signUpWithCode(new CodeSignUp(invite.code(), "another-password")));
        assertThat(reused.violationOf("code").orElseThrow().code()).isEqualTo("used");
        assertThat(backend.signIn(email, "my-own-password").member().id()).isEqualTo(invite.memberId());
    }

    @Test
    void anExpiredOrWrongCodeIsRefusedInWords() {
        InviteResult invite = admin.accounts().invite(new Invite(Hubs.uniqueEmail("late"), "Lat", "E", null));
        jdbc().sql("UPDATE account_codes SET expires_at = now() - interval '1 minute' WHERE user_id = ?")
                .param(invite.memberId()).update();
        ValidationException expired = catchThrowableOfType(ValidationException.class,
                () -> backend.signUpWithCode(new CodeSignUp(invite.code(), "my-own-password")));
        assertThat(expired.violationOf("code").orElseThrow().code()).isEqualTo("expired");
        assertThat(expired.violationOf("code").orElseThrow().message()).contains("expired");

        ValidationException wrong = catchThrowableOfType(ValidationException.class,
                () -> backend.signUpWithCode(new CodeSignUp("AAAA-BBBB-CCCC", "my-own-password")));
        assertThat(wrong.violationOf("code").orElseThrow().code()).isEqualTo("wrong");
        // a short password is named and does not spend a good code
        InviteResult other = admin.accounts().invite(new Invite(Hubs.uniqueEmail("short"), "Sho", "Rt", null));
        ValidationException shortPassword = catchThrowableOfType(ValidationException.class,
                () -> backend.signUpWithCode(new CodeSignUp(other.code(), "short")));
        assertThat(shortPassword.violationOf("password")).isPresent();
        assertThat(backend.signUpWithCode(new CodeSignUp(other.code(), "long-enough-1")).member().id())
                .isEqualTo(other.memberId());
    }

    @Test
    void invitesFromACsvReportEachRowAndGoOnPastABadOne() {
        String tag = unique("Csv");
        String taken = admin.accounts().createMember(new CreateMember(Hubs.uniqueEmail("taken"), Hubs.MEMBER_PASSWORD,
                "Tak", "En", Role.USER)).email();
        String a = Hubs.uniqueEmail("csva");
        String b = Hubs.uniqueEmail("csvb");
        String csv = "name,email\n\"Ada " + tag + "\"," + a + "\nBen " + tag + "," + b + "\nDup Licate," + taken + "\nNo Address,\n";
        List<InviteResult> results = admin.accounts().inviteCsv(csv, Role.USER);
        assertThat(results).hasSize(4);
        assertThat(results.subList(0, 2)).allMatch(InviteResult::invited).extracting(InviteResult::email).containsExactly(a, b);
        assertThat(results.get(0).firstName()).isEqualTo("Ada");
        assertThat(results.get(0).lastName()).isEqualTo(tag);
        assertThat(results.get(2).invited()).isFalse();
        assertThat(results.get(2).problem()).contains("already exists");
        assertThat(results.get(3).problem()).isNotBlank();
        assertThat(all(new AccountQuery(tag, null, AccountState.INVITED, null, null, 0))).hasSize(2);
        assertThat(backend.signUpWithCode(new CodeSignUp(results.get(1).code(), "ben-password")).member().email()).isEqualTo(b);
    }

    @Test
    void staffMayNotInviteOrMakeAdminsButAdminsMay() {
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Sam", unique("Staff"));
        Session target = Hubs.member(backend, admin, Role.USER, "Tia", unique("Target"));
        assertThatThrownBy(() -> staff.accounts().changeRole(target.member().id(), Role.ADMIN))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> staff.accounts().invite(new Invite(Hubs.uniqueEmail("adm"), "A", "D", Role.ADMIN)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(admin.accounts().changeRole(target.member().id(), Role.STAFF).role()).isEqualTo(Role.STAFF);
        // staff cannot deactivate staff (only admins manage staff)
        assertThatThrownBy(() -> staff.accounts().deactivate(target.member().id()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aDeactivatedMemberCannotSignInLosesTheirSessionAndLeavesTheDirectoryUntilReactivated() {
        String last = unique("Deact");
        String email = Hubs.uniqueEmail("deact");
        admin.accounts().createMember(new CreateMember(email, Hubs.MEMBER_PASSWORD, "Dee", last, Role.USER));
        Session member = backend.signIn(email, Hubs.MEMBER_PASSWORD);
        UUID id = member.member().id();
        assertThat(member.accounts().me().id()).isEqualTo(id);
        assertThat(admin.profiles().directory(new DirectoryQuery(last, Set.of(), null, null, null, 10)).entries()).hasSize(1);
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Stu", unique("Staff"));

        AccountSummary deactivated = staff.accounts().deactivate(id);
        assertThat(deactivated.state()).isEqualTo(AccountState.DEACTIVATED);
        assertThatThrownBy(() -> member.accounts().me()).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> member.profiles().mine()).isInstanceOf(UnauthenticatedException.class);
        UnauthenticatedException refused = catchThrowableOfType(UnauthenticatedException.class,
                () -> backend.signIn(email, Hubs.MEMBER_PASSWORD));
        assertThat(refused.getMessage()).contains("deactivated");
        assertThat(admin.profiles().directory(new DirectoryQuery(last, Set.of(), null, null, null, 10)).entries()).isEmpty();
        assertThat(all(new AccountQuery(last, null, AccountState.DEACTIVATED, null, null, 0))).hasSize(1);
        assertThatThrownBy(() -> admin.accounts().issueResetCode(id)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> admin.accounts().deactivate(admin.member().id())).isInstanceOf(ConflictException.class);

        assertThat(staff.accounts().reactivate(id).state()).isEqualTo(AccountState.ACTIVE);
        Session again = backend.signIn(email, Hubs.MEMBER_PASSWORD);
        assertThat(again.accounts().me().id()).isEqualTo(id);
        assertThat(admin.profiles().directory(new DirectoryQuery(last, Set.of(), null, null, null, 10)).entries()).hasSize(1);
    }

    @Test
    void aResetCodeSetsANewPasswordOnceAndEndsTheMembersSessions() {
        String email = Hubs.uniqueEmail("forgot");
        admin.accounts().createMember(new CreateMember(email, Hubs.MEMBER_PASSWORD, "For", "Got", Role.USER));
        Session member = backend.signIn(email, Hubs.MEMBER_PASSWORD);
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Sal", unique("Staff"));
        ResetCode code = staff.accounts().issueResetCode(member.member().id());
        assertThat(code.code()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        // the old password works until the code is used
        assertThat(backend.signIn(email, Hubs.MEMBER_PASSWORD).member().email()).isEqualTo(email);

        backend.resetPasswordWithCode(new CodeSignUp(code.code(), "a-fresh-password"));
        assertThatThrownBy(() -> backend.signIn(email, Hubs.MEMBER_PASSWORD)).isInstanceOf(UnauthenticatedException.class);
        assertThat(backend.signIn(email, "a-fresh-password").member().email()).isEqualTo(email);
        ValidationException again = catchThrowableOfType(ValidationException.class,
                () -> backend.resetPasswordWithCode(new CodeSignUp(code.code(), "yet-another-one")));
        assertThat(again.violationOf("code").orElseThrow().code()).isEqualTo("used");
        // an invite code is no reset code, nor the other way round
        InviteResult invite = admin.accounts().invite(new Invite(Hubs.uniqueEmail("mix"), "Mi", "X", null));
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> backend.resetPasswordWithCode(new CodeSignUp(invite.code(), "yet-another-one")))
                .violationOf("code").orElseThrow().code()).isEqualTo("wrong");
        // staff cannot take over an administrator's account
        assertThatThrownBy(() -> staff.accounts().issueResetCode(admin.member().id()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void endingAllSessionsOfAMemberSignsThemOutOnTheServer() {
        String email = Hubs.uniqueEmail("ends");
        admin.accounts().createMember(new CreateMember(email, Hubs.MEMBER_PASSWORD, "En", "Ds", Role.USER));
        Session member = backend.signIn(email, Hubs.MEMBER_PASSWORD);
        admin.accounts().revokeServerSessions(member.member().id());
        assertThat(jdbc().sql("SELECT count(*) FROM auth_tokens WHERE user_id = ? AND revoked_at IS NULL")
                .param(member.member().id()).query(Long.class).single()).isZero();
        if (serverSessions()) {
            assertThatThrownBy(() -> member.accounts().me()).isInstanceOf(UnauthenticatedException.class);
        }
        assertThat(backend.signIn(email, Hubs.MEMBER_PASSWORD).member().email()).isEqualTo(email);
    }

    /** Whether sessions are server sessions (remote), which "end all sessions" ends; desktop sessions are not. */
    protected boolean serverSessions() {
        return false;
    }

    @Test
    void adminsReadAndSaveTheMailSettingsWithoutThePasswordComingBack() {
        MailSettings read = admin.accounts().mailSettings();
        MailSettings saved = admin.accounts().saveMailSettings(new MailSettings("smtp.example.org", 2525, MailSecurity.STARTTLS,
                "hub", "smtp-secret", false, "hub@example.org", read.version()));
        assertThat(saved.host()).isEqualTo("smtp.example.org");
        assertThat(saved.password()).isNull();
        assertThat(saved.passwordSet()).isTrue();
        assertThatThrownBy(() -> admin.accounts().saveMailSettings(saved.version() == 0 ? saved
                : new MailSettings(null, 25, MailSecurity.NONE, null, null, false, null, saved.version() - 1)))
                .isInstanceOf(ConflictException.class);
        ValidationException bad = catchThrowableOfType(ValidationException.class, () -> admin.accounts().saveMailSettings(
                new MailSettings("smtp.example.org", 0, MailSecurity.TLS, null, null, false, "not-an-address", saved.version())));
        assertThat(bad.violationOf("port")).isPresent();
        assertThat(bad.violationOf("fromAddress")).isPresent();
        // back to no server, so the other tests' invites are not e-mailed
        MailSettings cleared = admin.accounts().saveMailSettings(new MailSettings(null, 587, MailSecurity.STARTTLS, null, "",
                false, null, saved.version()));
        assertThat(cleared.configured()).isFalse();
        assertThat(cleared.passwordSet()).isFalse();
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Sue", unique("Staff"));
        assertThatThrownBy(staff.accounts()::mailSettings).isInstanceOf(PermissionDeniedException.class);
    }
}
