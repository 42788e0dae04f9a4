package org.smilefactory.ui.admin;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.accounts.AccountPage;
import org.smilefactory.core.api.accounts.AccountQuery;
import org.smilefactory.core.api.accounts.AccountService;
import org.smilefactory.core.api.accounts.AccountSort;
import org.smilefactory.core.api.accounts.AccountState;
import org.smilefactory.core.api.accounts.AccountSummary;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.Invite;
import org.smilefactory.core.api.accounts.InviteResult;
import org.smilefactory.core.api.accounts.ResetCode;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * Admin → Members (issue 15, decision 0024): every account with search, role and state filters, sort
 * and "load more"; row actions (change role, deactivate and reactivate, a reset code, end sessions);
 * invites one by one or from a CSV with their one-time codes to copy or export; creating a member.
 * The codes are held only until the dialog that shows them closes ({@link #clearCodes()}).
 */
public final class MembersViewModel {

    static final int PAGE = 50;

    private final AccountService accounts;
    private final boolean admin;
    private final UUID me;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final DialogService dialogs;
    private final DateTimeFormatter dateFormat;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Role> roleFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<AccountState> stateFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<AccountSort> sort = new SimpleObjectProperty<>(AccountSort.SIGNED_UP);
    private final ObservableList<AccountSummary> accountsList = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanBinding busy = loading.or(working);
    private String next;
    /** Increases with each new query, so a slow answer to an older one is dropped. */
    private long generation;

    // invite one
    private final StringProperty inviteFirstName = new SimpleStringProperty("");
    private final StringProperty inviteLastName = new SimpleStringProperty("");
    private final StringProperty inviteEmail = new SimpleStringProperty("");
    private final ObjectProperty<Role> inviteRole = new SimpleObjectProperty<>(Role.USER);
    private final FieldErrors inviteErrors = new FieldErrors("firstName", "lastName", "email", "csv");
    /** The invites just made, codes and problems, for the results dialog; empty when none is to be shown. */
    private final ObservableList<InviteResult> inviteResults = FXCollections.observableArrayList();

    // create member
    private final StringProperty createFirstName = new SimpleStringProperty("");
    private final StringProperty createLastName = new SimpleStringProperty("");
    private final StringProperty createEmail = new SimpleStringProperty("");
    private final StringProperty createPassword = new SimpleStringProperty("");
    private final ObjectProperty<Role> createRole = new SimpleObjectProperty<>(Role.USER);
    private final FieldErrors createErrors = new FieldErrors("firstName", "lastName", "email", "password");
    private final BooleanProperty created = new SimpleBooleanProperty();

    /** The reset code just issued, for the dialog that shows it once; null otherwise. */
    private final ObjectProperty<ResetCode> resetCode = new SimpleObjectProperty<>();
    private final StringProperty resetCodeMember = new SimpleStringProperty("");

    public MembersViewModel(AccountService accounts, boolean admin, UUID me, ZoneId zone, TaskExecutor executor,
                            Localization l10n, DialogService dialogs) {
        this.accounts = Objects.requireNonNull(accounts);
        this.admin = admin;
        this.me = me;
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.dateFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.getDefault()).withZone(zone == null ? ZoneId.systemDefault() : zone);
        roleFilter.addListener((o, a, b) -> refresh());
        stateFilter.addListener((o, a, b) -> refresh());
        sort.addListener((o, a, b) -> refresh());
        inviteErrors.clearOnChange(inviteFirstName, "firstName");
        inviteErrors.clearOnChange(inviteLastName, "lastName");
        inviteErrors.clearOnChange(inviteEmail, "email");
        createErrors.clearOnChange(createFirstName, "firstName");
        createErrors.clearOnChange(createLastName, "lastName");
        createErrors.clearOnChange(createEmail, "email");
        createErrors.clearOnChange(createPassword, "password");
    }

    /** Whether the acting member is an admin (only admins change roles, end sessions, manage staff). */
    public boolean isAdmin() {
        return admin;
    }

    /** The roles the acting member may give on an invite or a new account: members only, unless an admin. */
    public List<Role> grantableRoles() {
        return admin ? List.of(Role.values()) : List.of(Role.USER);
    }

    // ---- the list ----

    /** The first page for the current search, filters and sort. */
    public void refresh() {
        errorMessage.set("");
        long gen = ++generation;
        AccountQuery query = query(null);
        BackgroundTask.wrap(() -> accounts.listAccounts(query))
                .onRunning(() -> loading.set(true))
                .onSuccess(page -> {
                    if (gen == generation) {
                        accountsList.setAll(page.items());
                        take(page);
                    }
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    /** The next page, added below. */
    public void loadMore() {
        if (next == null || loading.get()) {
            return;
        }
        long gen = generation;
        AccountQuery query = query(next);
        BackgroundTask.wrap(() -> accounts.listAccounts(query))
                .onRunning(() -> loading.set(true))
                .onSuccess(page -> {
                    if (gen == generation) {
                        accountsList.addAll(page.items());
                        take(page);
                    }
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    private AccountQuery query(String after) {
        String text = search.get() == null ? null : search.get().strip();
        return new AccountQuery(text == null || text.isEmpty() ? null : text, roleFilter.get(), stateFilter.get(),
                sort.get(), after, PAGE);
    }

    private void take(AccountPage page) {
        next = page.next();
        hasMore.set(next != null);
        loaded.set(true);
    }

    /** What the empty table says: nothing matches, or (unfiltered) the hub has no accounts yet. */
    public String emptyText() {
        boolean filtered = !search.get().isBlank() || roleFilter.get() != null || stateFilter.get() != null;
        return l10n.get(filtered ? "members.empty.filtered" : "members.empty");
    }

    // ---- row actions ----

    public boolean canManage(AccountSummary row) {
        return row != null && !row.id().equals(me) && (admin || row.role() == Role.USER);
    }

    public void changeRole(AccountSummary row, Role role) {
        if (row == null || role == null || role == row.role()) {
            return;
        }
        act(() -> accounts.changeRole(row.id(), role), l10n.format("members.roleChanged", row.displayName(),
                l10n.get("enum.Role." + role.name())));
    }

    public void deactivate(AccountSummary row) {
        if (row == null || !dialogs.confirm(l10n.get("members.deactivate.title"),
                l10n.format("members.deactivate.message", row.displayName()), l10n.get("members.deactivate.ok"),
                l10n.get("members.cancel"))) {
            return;
        }
        act(() -> accounts.deactivate(row.id()), l10n.format("members.deactivated", row.displayName()));
    }

    public void reactivate(AccountSummary row) {
        if (row == null) {
            return;
        }
        act(() -> accounts.reactivate(row.id()), l10n.format("members.reactivated", row.displayName()));
    }

    public void endSessions(AccountSummary row) {
        if (row == null || !dialogs.confirm(l10n.get("members.endSessions.title"),
                l10n.format("members.endSessions.message", row.displayName()), l10n.get("members.endSessions.ok"),
                l10n.get("members.cancel"))) {
            return;
        }
        act(() -> {
            accounts.revokeServerSessions(row.id());
            return null;
        }, l10n.format("members.sessionsEnded", row.displayName()));
    }

    /** Issues a reset code; {@link #resetCodeProperty()} holds it for the dialog that shows it once. */
    public void issueResetCode(AccountSummary row) {
        if (row == null) {
            return;
        }
        errorMessage.set("");
        BackgroundTask.wrap(() -> accounts.issueResetCode(row.id()))
                .onRunning(() -> working.set(true))
                .onSuccess(code -> {
                    resetCodeMember.set(row.displayName());
                    resetCode.set(code);
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    private void act(java.util.concurrent.Callable<?> action, String done) {
        errorMessage.set("");
        BackgroundTask.wrap(action)
                .onRunning(() -> working.set(true))
                .onSuccess(result -> {
                    dialogs.notify(done);
                    refresh();
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    // ---- invites ----

    /** Invites the member typed into the invite form; the results dialog then shows the code. */
    public void inviteOne() {
        inviteErrors.clear();
        Invite invite = new Invite(inviteEmail.get().strip(), inviteFirstName.get().strip(),
                inviteLastName.get().isBlank() ? null : inviteLastName.get().strip(), inviteRole.get());
        BackgroundTask.wrap(() -> List.of(accounts.invite(invite)))
                .onRunning(() -> working.set(true))
                .onSuccess(results -> {
                    inviteFirstName.set("");
                    inviteLastName.set("");
                    inviteEmail.set("");
                    inviteResults.setAll(results);
                    refresh();
                })
                .onFailure(error -> inviteFailed(error))
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    /** Invites every row of a CSV text (name, e-mail), all as {@link #inviteRoleProperty()}. */
    public void importCsv(String csv) {
        inviteErrors.clear();
        Role role = inviteRole.get();
        BackgroundTask.wrap(() -> accounts.inviteCsv(csv, role))
                .onRunning(() -> working.set(true))
                .onSuccess(results -> {
                    inviteResults.setAll(results);
                    refresh();
                })
                .onFailure(this::inviteFailed)
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    private void inviteFailed(Throwable error) {
        if (Errors.unwrap(error) instanceof ValidationException v) {
            List<?> unplaced = inviteErrors.apply(v);
            if (unplaced.isEmpty()) {
                return;
            }
        }
        inviteErrors.set("csv", Errors.messageOf(error, l10n));
    }

    /** The invites of the results dialog as text to copy: one "name <e-mail>: code" a line. */
    public String codesText() {
        StringBuilder out = new StringBuilder();
        for (InviteResult r : inviteResults) {
            if (r.invited()) {
                out.append(name(r)).append(" <").append(r.email()).append(">: ").append(r.code()).append('\n');
            }
        }
        return out.toString();
    }

    /** The invites of the results dialog as CSV (name, e-mail, code, expires, problem). */
    public String codesCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("name", "email", "code", "expires", "problem").get())) {
            for (InviteResult r : inviteResults) {
                csv.printRecord(name(r), r.email(), r.code() == null ? "" : r.code(),
                        r.expiresAt() == null ? "" : r.expiresAt().toString(), r.problem() == null ? "" : r.problem());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    public String invitedSummary() {
        long ok = inviteResults.stream().filter(InviteResult::invited).count();
        return l10n.format("members.invites.summary", ok, inviteResults.size() - ok);
    }

    private static String name(InviteResult r) {
        return ((r.firstName() == null ? "" : r.firstName()) + " " + (r.lastName() == null ? "" : r.lastName())).trim();
    }

    /** The dialog showing the codes closed: they are forgotten here (they were shown once). */
    public void clearCodes() {
        inviteResults.clear();
        resetCode.set(null);
        resetCodeMember.set("");
    }

    // ---- create member ----

    public void createMember() {
        createErrors.clear();
        created.set(false);
        CreateMember command = new CreateMember(createEmail.get().strip(), createPassword.get(),
                createFirstName.get().strip(), createLastName.get().strip(), createRole.get());
        BackgroundTask.wrap(() -> accounts.createMember(command))
                .onRunning(() -> working.set(true))
                .onSuccess(account -> {
                    createFirstName.set("");
                    createLastName.set("");
                    createEmail.set("");
                    createPassword.set("");
                    created.set(true);
                    dialogs.notify(l10n.format("members.created", account.displayName()));
                    refresh();
                })
                .onFailure(error -> {
                    if (Errors.unwrap(error) instanceof ValidationException v && createErrors.apply(v).isEmpty()) {
                        return;
                    }
                    createErrors.set("email", Errors.messageOf(error, l10n));
                })
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    // ---- display ----

    public String format(java.time.Instant at) {
        return at == null ? l10n.get("members.never") : dateFormat.format(at);
    }

    public String roleName(Role role) {
        return role == null ? l10n.get("members.filter.anyRole") : l10n.get("enum.Role." + role.name());
    }

    public String stateName(AccountState state) {
        return state == null ? l10n.get("members.filter.anyState") : l10n.get("members.state." + state.name().toLowerCase(Locale.ROOT));
    }

    public String sortName(AccountSort s) {
        return l10n.get("members.sort." + s.name().toLowerCase(Locale.ROOT));
    }

    // ---- properties ----

    public StringProperty searchProperty() { return search; }
    public ObjectProperty<Role> roleFilterProperty() { return roleFilter; }
    public ObjectProperty<AccountState> stateFilterProperty() { return stateFilter; }
    public ObjectProperty<AccountSort> sortProperty() { return sort; }
    public ObservableList<AccountSummary> accounts() { return accountsList; }
    public BooleanProperty loadingProperty() { return loading; }
    public BooleanBinding busyProperty() { return busy; }
    public BooleanProperty hasMoreProperty() { return hasMore; }
    public BooleanProperty loadedProperty() { return loaded; }
    public StringProperty errorMessageProperty() { return errorMessage; }
    public StringProperty inviteFirstNameProperty() { return inviteFirstName; }
    public StringProperty inviteLastNameProperty() { return inviteLastName; }
    public StringProperty inviteEmailProperty() { return inviteEmail; }
    public ObjectProperty<Role> inviteRoleProperty() { return inviteRole; }
    public FieldErrors inviteErrors() { return inviteErrors; }
    public ObservableList<InviteResult> inviteResults() { return inviteResults; }
    public StringProperty createFirstNameProperty() { return createFirstName; }
    public StringProperty createLastNameProperty() { return createLastName; }
    public StringProperty createEmailProperty() { return createEmail; }
    public StringProperty createPasswordProperty() { return createPassword; }
    public ObjectProperty<Role> createRoleProperty() { return createRole; }
    public FieldErrors createErrors() { return createErrors; }
    public BooleanProperty createdProperty() { return created; }
    public ObjectProperty<ResetCode> resetCodeProperty() { return resetCode; }
    public StringProperty resetCodeMemberProperty() { return resetCodeMember; }
}
