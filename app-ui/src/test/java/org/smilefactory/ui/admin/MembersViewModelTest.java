package org.smilefactory.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.accounts.AccountPage;
import org.smilefactory.core.api.accounts.AccountQuery;
import org.smilefactory.core.api.accounts.AccountService;
import org.smilefactory.core.api.accounts.AccountState;
import org.smilefactory.core.api.accounts.AccountSummary;
import org.smilefactory.core.api.accounts.Invite;
import org.smilefactory.core.api.accounts.InviteResult;
import org.smilefactory.core.api.accounts.ResetCode;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.RecordingDialogs;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class MembersViewModelTest {

    private final Localization l10n = Localization.english();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Object[]> calls = new ArrayList<>();
    private final List<AccountQuery> queries = new ArrayList<>();
    private RuntimeException inviteFails;

    private static AccountSummary row(String name) {
        return new AccountSummary(UUID.randomUUID(), name.toLowerCase() + "@example.org", name, "Moyo", Role.USER,
                AccountState.ACTIVE, false, Instant.now(), null);
    }

    /** The contract as a fake: answers the calls the page makes and records them. */
    private AccountService service() {
        return (AccountService) Proxy.newProxyInstance(AccountService.class.getClassLoader(), new Class<?>[] {AccountService.class},
                (p, m, args) -> {
                    calls.add(new Object[] {m.getName(), args});
                    switch (m.getName()) {
                        case "listAccounts":
                            AccountQuery q = (AccountQuery) args[0];
                            queries.add(q);
                            return q.after() == null ? new AccountPage(List.of(row("Ada"), row("Ben")), "c1")
                                    : new AccountPage(List.of(row("Cleo")), null);
                        case "invite":
                            if (inviteFails != null) {
                                throw inviteFails;
                            }
                            Invite i = (Invite) args[0];
                            return new InviteResult(0, UUID.randomUUID(), i.email(), i.firstName(), i.lastName(),
                                    "ABCD-EFGH-JKMN", Instant.now(), false, null);
                        case "issueResetCode":
                            return new ResetCode((UUID) args[0], "PQRS-TUVW-XYZ2", Instant.now());
                        case "deactivate":
                            return row("Ada");
                        default:
                            return null;
                    }
                });
    }

    private MembersViewModel vm(boolean admin) {
        return new MembersViewModel(service(), admin, UUID.randomUUID(), ZoneId.of("Africa/Harare"),
                new CurrentThreadTaskExecutor(), l10n, dialogs);
    }

    @Test
    void loadsAPageThenMoreAndFiltersStartOver() {
        MembersViewModel vm = vm(true);
        vm.refresh();
        assertThat(vm.accounts()).extracting(AccountSummary::firstName).containsExactly("Ada", "Ben");
        assertThat(vm.hasMoreProperty().get()).isTrue();
        vm.loadMore();
        assertThat(vm.accounts()).extracting(AccountSummary::firstName).containsExactly("Ada", "Ben", "Cleo");
        assertThat(vm.hasMoreProperty().get()).isFalse();
        vm.roleFilterProperty().set(Role.STAFF);
        assertThat(vm.accounts()).hasSize(2);
        assertThat(queries.get(queries.size() - 1).role()).isEqualTo(Role.STAFF);
        assertThat(queries.get(queries.size() - 1).after()).isNull();
    }

    @Test
    void anInviteShowsItsCodeOnceAndExportsItAsCsv() {
        MembersViewModel vm = vm(false);
        assertThat(vm.grantableRoles()).containsExactly(Role.USER);
        vm.inviteFirstNameProperty().set("Ada");
        vm.inviteEmailProperty().set("ada@example.org");
        vm.inviteOne();
        assertThat(vm.inviteResults()).hasSize(1);
        assertThat(vm.codesText()).contains("Ada <ada@example.org>: ABCD-EFGH-JKMN");
        assertThat(vm.codesCsv()).startsWith("name,email,code,expires,problem").contains("ada@example.org,ABCD-EFGH-JKMN");
        assertThat(vm.inviteEmailProperty().get()).isEmpty();
        vm.clearCodes();
        assertThat(vm.inviteResults()).isEmpty();
        assertThat(vm.codesText()).isEmpty();
    }

    @Test
    void aTakenEmailIsShownAndNoResultsDialogOpens() {
        MembersViewModel vm = vm(true);
        inviteFails = new ConflictException("A member with this email already exists.");
        vm.inviteEmailProperty().set("ada@example.org");
        vm.inviteFirstNameProperty().set("Ada");
        vm.inviteOne();
        assertThat(vm.inviteResults()).isEmpty();
        assertThat(vm.inviteErrors().of("csv").get()).contains("already exists");
    }

    @Test
    void deactivationAsksFirstAndAResetCodeIsHeldForItsDialog() {
        MembersViewModel vm = vm(false);
        vm.refresh();
        AccountSummary ada = vm.accounts().get(0);
        dialogs.answer = false;
        vm.deactivate(ada);
        assertThat(calls).noneMatch(c -> c[0].equals("deactivate"));
        dialogs.answer = true;
        vm.deactivate(ada);
        assertThat(calls).anyMatch(c -> c[0].equals("deactivate"));
        assertThat(dialogs.notifications).anyMatch(n -> n.contains("deactivated"));

        vm.issueResetCode(ada);
        assertThat(vm.resetCodeProperty().get().code()).isEqualTo("PQRS-TUVW-XYZ2");
        assertThat(vm.resetCodeMemberProperty().get()).isEqualTo("Ada Moyo");
        vm.clearCodes();
        assertThat(vm.resetCodeProperty().get()).isNull();
        // staff manage members but not staff
        assertThat(vm.canManage(new AccountSummary(UUID.randomUUID(), "s@x.org", "S", "T", Role.STAFF,
                AccountState.ACTIVE, false, Instant.now(), null))).isFalse();
    }
}
