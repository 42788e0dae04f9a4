package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.testsupport.Hubs;

/** Accounts: setup, sign-in, throttling, member administration — on any backend. */
public abstract class AccountContract extends ContractFixture {

    @Test
    void setupCreatesTheHubAndSignsTheAdminIn() {
        assertThat(backend.hubStatus().setupRequired()).isFalse();
        assertThat(backend.hubStatus().hubName()).isEqualTo("Test Hub");
        assertThat(backend.hubStatus().timeZone()).isEqualTo("Africa/Harare");
        assertThat(admin.member().role()).isEqualTo(Role.ADMIN);
        assertThat(admin.accounts().me().lastLoginAt()).isNotNull();
    }

    @Test
    void setupValidationNamesEveryBadFieldAndLeavesTheHubUnset() {
        try (var fresh = openBackend()) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> fresh.completeSetup(
                    new org.smilefactory.core.api.accounts.FirstRunSetup(" ", "Mars/Olympus", "Ada", "", "ada@", "short")));
            assertThat(e.violations()).extracting(Violation::field)
                    .containsExactlyInAnyOrder("hubName", "timeZone", "adminLastName", "adminEmail", "adminPassword");
            assertThat(fresh.hubStatus().setupRequired()).isTrue();
        }
    }

    @Test
    void secondSetupIsAConflict() {
        assertThatThrownBy(() -> backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("other"))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        var wrong = catchThrowableOfType(UnauthenticatedException.class, () -> backend.signIn(adminEmail, "not the password"));
        var unknown = catchThrowableOfType(UnauthenticatedException.class, () -> backend.signIn("nobody@example.org", "whatever-1"));
        assertThat(wrong.getMessage()).isEqualTo(unknown.getMessage()).contains("not right");
    }

    @Test
    void signInIgnoresEmailCaseAndSpaces() {
        Session s = backend.signIn("  " + adminEmail.toUpperCase() + " ", Hubs.ADMIN_PASSWORD);
        assertThat(s.member().email()).isEqualTo(adminEmail);
    }

    @Test
    void repeatedFailuresLockTheAccountUntilStaffResetThePassword() {
        String email = Hubs.uniqueEmail("locked");
        MemberAccount m = admin.accounts().createMember(new CreateMember(email, Hubs.MEMBER_PASSWORD, "Lok", "Ked", Role.USER));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> backend.signIn(email, "wrong-password")).isInstanceOf(UnauthenticatedException.class);
        }
        assertThatThrownBy(() -> backend.signIn(email, Hubs.MEMBER_PASSWORD))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("Too many failed sign-ins");
        admin.accounts().resetPassword(m.id(), "brand-new-password");
        assertThat(backend.signIn(email, "brand-new-password").member().id()).isEqualTo(m.id());
    }

    @Test
    void duplicateEmailIsAConflictWhateverTheCase() {
        String email = Hubs.uniqueEmail("dup");
        admin.accounts().createMember(new CreateMember(email, Hubs.MEMBER_PASSWORD, "First", "One", Role.USER));
        assertThatThrownBy(() -> admin.accounts().createMember(
                new CreateMember(email.toUpperCase(), "another-password", "Second", "One", Role.USER)))
                .isInstanceOf(ConflictException.class);
        // the first member's password still works: nothing was overwritten
        assertThat(backend.signIn(email, Hubs.MEMBER_PASSWORD).member().firstName()).isEqualTo("First");
    }

    @Test
    void overLongAndMissingFieldsAreNamedAndNothingIsWritten() {
        String email = Hubs.uniqueEmail("long");
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> admin.accounts().createMember(
                new CreateMember(email, "short", "x".repeat(101), " ", Role.USER)));
        assertThat(e.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("password", "firstName", "lastName");
        assertThat(e.violationOf("firstName").orElseThrow().code()).isEqualTo("too-long");
        assertThat(e.violationOf("lastName").orElseThrow().code()).isEqualTo("required");
        assertThatThrownBy(() -> backend.signIn(email, "short")).isInstanceOf(UnauthenticatedException.class);
        // the email is still free, so nothing was half-written
        admin.accounts().createMember(new CreateMember(email, Hubs.MEMBER_PASSWORD, "Now", "Valid", Role.USER));
    }

    @Test
    void invalidEmailIsRejected() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> admin.accounts().createMember(
                new CreateMember("not-an-email", Hubs.MEMBER_PASSWORD, "A", "B", Role.USER)));
        assertThat(e.violationOf("email")).isPresent();
    }

    @Test
    void membersCannotCreateMembersAndStaffCannotCreateAdmins() {
        Session member = Hubs.member(backend, admin, Role.USER, "Mem", "Ber");
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Sta", "Ff");
        assertThatThrownBy(() -> member.accounts().createMember(
                new CreateMember(Hubs.uniqueEmail("x"), Hubs.MEMBER_PASSWORD, "X", "Y", Role.USER)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> staff.accounts().createMember(
                new CreateMember(Hubs.uniqueEmail("x"), Hubs.MEMBER_PASSWORD, "X", "Y", Role.ADMIN)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(staff.accounts().createMember(
                new CreateMember(Hubs.uniqueEmail("ok"), Hubs.MEMBER_PASSWORD, "X", "Y", Role.USER)).role())
                .isEqualTo(Role.USER);
    }

    @Test
    void membersCannotResetPasswordsAndStaffCannotResetAnAdmins() {
        Session member = Hubs.member(backend, admin, Role.USER, "Reset", "Try");
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Staff", "Reset");
        assertThatThrownBy(() -> member.accounts().resetPassword(admin.member().id(), "taken-over-1"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> staff.accounts().resetPassword(admin.member().id(), "taken-over-1"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(backend.signIn(adminEmail, Hubs.ADMIN_PASSWORD)).isNotNull();
    }

    @Test
    void changingPasswordNeedsTheCurrentOne() {
        String email = Hubs.uniqueEmail("change");
        admin.accounts().createMember(new CreateMember(email, Hubs.MEMBER_PASSWORD, "Cha", "Nge", Role.USER));
        Session s = backend.signIn(email, Hubs.MEMBER_PASSWORD);
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> s.accounts().changePassword("wrong-current", "new-password-1"));
        assertThat(e.violationOf("currentPassword")).isPresent();
        s.accounts().changePassword(Hubs.MEMBER_PASSWORD, "new-password-1");
        assertThat(backend.signIn(email, "new-password-1")).isNotNull();
    }

    @Test
    void onlyAdminsChangeRolesAndAnAdminCannotDemoteThemselves() {
        Session member = Hubs.member(backend, admin, Role.USER, "Role", "Change");
        assertThatThrownBy(() -> member.accounts().changeRole(member.member().id(), Role.ADMIN))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> admin.accounts().changeRole(admin.member().id(), Role.USER))
                .isInstanceOf(ConflictException.class);
        assertThat(admin.accounts().changeRole(member.member().id(), Role.STAFF).role()).isEqualTo(Role.STAFF);
    }

    @Test
    void onlyAdminsEndAMembersServerSessions() {
        Session member = Hubs.member(backend, admin, Role.USER, "Lost", "Laptop");
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Not", "Admin");
        assertThatThrownBy(() -> staff.accounts().revokeServerSessions(member.member().id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> admin.accounts().revokeServerSessions(java.util.UUID.randomUUID()))
                .isInstanceOf(org.smilefactory.core.api.NotFoundException.class);
        admin.accounts().revokeServerSessions(member.member().id());
        if (backend.info().mode() == org.smilefactory.core.api.BackendMode.SERVER) {
            // through the server the member's session is a token, and it is gone now
            assertThatThrownBy(() -> member.accounts().me()).isInstanceOf(UnauthenticatedException.class);
        }
        assertThat(staff.accounts().me().id()).isEqualTo(staff.member().id());
    }

    @Test
    void aSignedOutSessionRefusesEveryCall() {
        Session s = Hubs.member(backend, admin, Role.USER, "Sign", "Out");
        s.signOut();
        assertThatThrownBy(() -> s.accounts().me()).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> s.profiles().mine()).isInstanceOf(UnauthenticatedException.class);
    }
}
