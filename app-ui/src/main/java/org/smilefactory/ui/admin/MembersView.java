package org.smilefactory.ui.admin;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.accounts.AccountSort;
import org.smilefactory.core.api.accounts.AccountState;
import org.smilefactory.core.api.accounts.AccountSummary;
import org.smilefactory.core.api.accounts.InviteResult;
import org.smilefactory.core.api.accounts.ResetCode;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.ui.dialogs.FormDialog;
import org.smilefactory.ui.l10n.Localization;

/**
 * Binds Admin → Members to its {@link MembersViewModel}: the account table with its search, filters,
 * sort and "load more", a row's actions menu, and the dialogs (invite, the codes shown once, the reset
 * code shown once, create a member). No state of its own beyond the open dialogs.
 */
public final class MembersView {

    private final MembersViewModel viewModel;
    private final Localization l10n;
    private final VBox root;
    private Dialog<Void> inviteDialog;

    public MembersView(MembersViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.root = build();
        viewModel.inviteResults().addListener((ListChangeListener<InviteResult>) c -> {
            if (!viewModel.inviteResults().isEmpty()) {
                if (inviteDialog != null) {
                    inviteDialog.setResult(null);
                    inviteDialog.close();
                }
                showInviteResults();
            }
        });
        viewModel.resetCodeProperty().addListener((o, was, code) -> {
            if (code != null) {
                showResetCode(code);
            }
        });
    }

    public VBox root() {
        return root;
    }

    private VBox build() {
        Label title = new Label(l10n.get("members.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label subtitle = new Label(l10n.get("members.subtitle"));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);

        TextField search = new TextField();
        search.setId("membersSearch");
        search.setPromptText(l10n.get("members.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.setOnAction(e -> viewModel.refresh());
        // search as one types, but not on every key stroke's answer out of order: the ViewModel drops stale pages
        search.textProperty().addListener((o, a, b) -> viewModel.refresh());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(180);

        ComboBox<Role> role = combo("membersRoleFilter", viewModel::roleName, true, Role.values());
        role.valueProperty().bindBidirectional(viewModel.roleFilterProperty());
        ComboBox<AccountState> state = combo("membersStateFilter", viewModel::stateName, true, AccountState.values());
        state.valueProperty().bindBidirectional(viewModel.stateFilterProperty());
        ComboBox<AccountSort> sort = combo("membersSort", viewModel::sortName, false, AccountSort.values());
        sort.valueProperty().bindBidirectional(viewModel.sortProperty());

        Button invite = new Button(l10n.get("members.invite"), new FontIcon(Feather.MAIL));
        invite.setId("membersInvite");
        invite.getStyleClass().add(Styles.ACCENT);
        invite.setOnAction(e -> showInvite());
        Button create = new Button(l10n.get("members.create"), new FontIcon(Feather.USER_PLUS));
        create.setId("membersCreate");
        create.setOnAction(e -> showCreate());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(viewModel.busyProperty());

        HBox filters = new HBox(8, search, role, state, sort);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, invite, create, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        Message error = new Message(l10n.get("members.error.title"), "");
        error.setId("membersError");
        error.getStyleClass().add(Styles.DANGER);
        error.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        error.descriptionProperty().bind(viewModel.errorMessageProperty());
        error.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        TableView<AccountSummary> table = table();
        Button more = new Button(l10n.get("members.loadMore"));
        more.setId("membersLoadMore");
        more.visibleProperty().bind(viewModel.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(viewModel.loadingProperty());
        more.setOnAction(e -> viewModel.loadMore());

        VBox box = new VBox(12, new VBox(4, title, subtitle), actions, filters, error, table, more);
        box.getStyleClass().add("admin-members");
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    @SafeVarargs
    private static <T> ComboBox<T> combo(String id, Function<T, String> name, boolean any, T... values) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        if (any) {
            box.getItems().add(null);
        }
        box.getItems().addAll(Arrays.asList(values));
        box.setCellFactory(l -> new NameCell<>(name));
        box.setButtonCell(new NameCell<>(name));
        return box;
    }

    private static final class NameCell<T> extends ListCell<T> {
        private final Function<T, String> name;

        NameCell(Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : name.apply(item));
        }
    }

    private TableView<AccountSummary> table() {
        TableView<AccountSummary> table = new TableView<>(viewModel.accounts());
        table.setId("membersTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(440);
        table.setMinHeight(240);
        table.getColumns().add(column("members.column.name", AccountSummary::displayName, 170));
        table.getColumns().add(column("members.column.email", AccountSummary::email, 200));
        table.getColumns().add(column("members.column.role", a -> viewModel.roleName(a.role()), 110));
        table.getColumns().add(column("members.column.state", a -> viewModel.stateName(a.state()), 100));
        table.getColumns().add(column("members.column.signedUp", a -> viewModel.format(a.createdAt()), 140));
        table.getColumns().add(column("members.column.lastSignIn", a -> viewModel.format(a.lastLoginAt()), 140));
        TableColumn<AccountSummary, AccountSummary> actions = new TableColumn<>(l10n.get("members.actions"));
        actions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        actions.setCellFactory(c -> new ActionsCell());
        actions.setMinWidth(110);
        actions.setSortable(false);
        table.getColumns().add(actions);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadedProperty().get() ? viewModel.emptyText() : "",
                viewModel.accounts(), viewModel.loadedProperty(), viewModel.searchProperty(), viewModel.roleFilterProperty(),
                viewModel.stateFilterProperty()));
        table.setPlaceholder(empty);
        return table;
    }

    private TableColumn<AccountSummary, String> column(String key, Function<AccountSummary, String> value, double width) {
        TableColumn<AccountSummary, String> column = new TableColumn<>(l10n.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(80);
        return column;
    }

    /** A row's actions: what the acting member may do to that account, in one menu. */
    private final class ActionsCell extends TableCell<AccountSummary, AccountSummary> {
        @Override
        protected void updateItem(AccountSummary row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || !viewModel.canManage(row)) {
                setGraphic(null);
                return;
            }
            MenuButton menu = new MenuButton(l10n.get("members.actions"));
            menu.setId("memberActions-" + row.email());
            menu.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            if (viewModel.isAdmin()) {
                Menu role = new Menu(l10n.get("members.action.role"));
                role.setId("memberRoleMenu");
                for (Role r : Role.values()) {
                    MenuItem item = new MenuItem(viewModel.roleName(r));
                    item.setId("memberRole-" + r.name());
                    item.setDisable(r == row.role());
                    item.setOnAction(e -> viewModel.changeRole(row, r));
                    role.getItems().add(item);
                }
                menu.getItems().add(role);
            }
            if (row.state() == AccountState.DEACTIVATED) {
                MenuItem reactivate = new MenuItem(l10n.get("members.action.reactivate"), new FontIcon(Feather.USER_CHECK));
                reactivate.setId("memberReactivate");
                reactivate.setOnAction(e -> viewModel.reactivate(row));
                menu.getItems().add(reactivate);
            } else {
                MenuItem reset = new MenuItem(l10n.get("members.action.resetCode"), new FontIcon(Feather.KEY));
                reset.setId("memberResetCode");
                reset.setOnAction(e -> viewModel.issueResetCode(row));
                MenuItem deactivate = new MenuItem(l10n.get("members.action.deactivate"), new FontIcon(Feather.USER_X));
                deactivate.setId("memberDeactivate");
                deactivate.setOnAction(e -> viewModel.deactivate(row));
                menu.getItems().addAll(reset, deactivate);
            }
            if (viewModel.isAdmin()) {
                MenuItem end = new MenuItem(l10n.get("members.action.endSessions"), new FontIcon(Feather.LOG_OUT));
                end.setId("memberEndSessions");
                end.setOnAction(e -> viewModel.endSessions(row));
                menu.getItems().add(end);
            }
            setGraphic(menu);
        }
    }

    private Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ---- invite ----

    private void showInvite() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner());
        dialog.setTitle(l10n.get("members.invite.title"));
        dialog.setHeaderText(l10n.get("members.invite.title"));
        dialog.getDialogPane().setId("inviteDialog");
        ButtonType inviteType = new ButtonType(l10n.get("members.invite.submit"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(inviteType, ButtonType.CANCEL);

        Label hint = new Label(l10n.get("members.invite.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        TextField first = field("inviteFirstName", viewModel.inviteFirstNameProperty());
        TextField last = field("inviteLastName", viewModel.inviteLastNameProperty());
        TextField email = field("inviteEmail", viewModel.inviteEmailProperty());
        ComboBox<Role> role = combo("inviteRole", viewModel::roleName, false, viewModel.grantableRoles().toArray(Role[]::new));
        role.valueProperty().bindBidirectional(viewModel.inviteRoleProperty());
        row(grid, 0, "members.invite.firstName", first, FormDialog.fieldError("inviteFirstNameError", viewModel.inviteErrors(), "firstName"));
        row(grid, 2, "members.invite.lastName", last, FormDialog.fieldError("inviteLastNameError", viewModel.inviteErrors(), "lastName"));
        row(grid, 4, "members.invite.email", email, FormDialog.fieldError("inviteEmailError", viewModel.inviteErrors(), "email"));
        row(grid, 6, "members.invite.role", role, new Label());

        Label csvHint = new Label(l10n.get("members.invite.csv"));
        csvHint.setWrapText(true);
        TextArea csv = new TextArea();
        csv.setId("inviteCsvText");
        csv.setPromptText("name,email\nAda Moyo,ada@example.org");
        csv.setPrefRowCount(4);
        Button open = new Button(l10n.get("members.invite.csvButton"), new FontIcon(Feather.FILE_TEXT));
        open.setId("inviteCsvOpen");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(l10n.get("members.invite.csvChooser"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                try {
                    csv.setText(Files.readString(file.toPath(), StandardCharsets.UTF_8));
                } catch (IOException ex) {
                    viewModel.inviteErrors().set("csv", l10n.format("members.invite.csvUnreadable", ex.getMessage()));
                }
            }
        });
        Button importCsv = new Button(l10n.get("members.invite.submit"), new FontIcon(Feather.USERS));
        importCsv.setId("inviteCsvSubmit");
        importCsv.disableProperty().bind(csv.textProperty().isEmpty().or(viewModel.busyProperty()));
        importCsv.setOnAction(e -> viewModel.importCsv(csv.getText()));
        HBox csvButtons = new HBox(8, open, importCsv);
        Label csvError = FormDialog.fieldError("inviteCsvError", viewModel.inviteErrors(), "csv");

        Label one = new Label(l10n.get("members.invite.one"));
        one.getStyleClass().add(Styles.TITLE_4);
        VBox content = new VBox(10, hint, one, grid, new Separator(), csvHint, csv, csvButtons, csvError);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        Button submit = (Button) dialog.getDialogPane().lookupButton(inviteType);
        submit.setId("inviteSubmit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.disableProperty().bind(viewModel.busyProperty());
        submit.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.inviteOne();
        });
        dialog.setOnShown(e -> first.requestFocus());
        dialog.setOnHidden(e -> inviteDialog = null);
        inviteDialog = dialog;
        dialog.show();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void row(GridPane grid, int row, String label, Node input, Node error) {
        Label l = new Label(l10n.get(label));
        l.setLabelFor(input);
        l.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(input, Priority.ALWAYS);
        grid.add(l, 0, row);
        grid.add(input, 1, row);
        grid.add(error, 1, row + 1);
    }

    private void showInviteResults() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner());
        dialog.setTitle(l10n.get("members.invites.title"));
        dialog.setHeaderText(viewModel.invitedSummary());
        dialog.getDialogPane().setId("inviteResultsDialog");
        ButtonType close = new ButtonType(l10n.get("members.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);

        Message once = new Message(null, l10n.get("members.invites.once"), new FontIcon(Feather.ALERT_CIRCLE));
        once.getStyleClass().add(Styles.WARNING);
        TableView<InviteResult> table = new TableView<>(javafx.collections.FXCollections.observableArrayList(viewModel.inviteResults()));
        table.setId("inviteResultsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        table.getColumns().add(resultColumn("members.invites.column.row", r -> Integer.toString(r.row()), 50));
        table.getColumns().add(resultColumn("members.column.name",
                r -> ((r.firstName() == null ? "" : r.firstName()) + " " + (r.lastName() == null ? "" : r.lastName())).trim(), 140));
        table.getColumns().add(resultColumn("members.column.email", InviteResult::email, 180));
        table.getColumns().add(resultColumn("members.invites.column.code", r -> r.code() == null ? "" : r.code(), 130));
        table.getColumns().add(resultColumn("members.invites.column.emailed",
                r -> r.emailed() ? l10n.get("members.invites.yes") : "", 80));
        table.getColumns().add(resultColumn("members.invites.column.problem", r -> r.problem() == null ? "" : r.problem(), 160));

        String text = viewModel.codesText();
        String csv = viewModel.codesCsv();
        Button copy = new Button(l10n.get("members.invites.copyAll"), new FontIcon(Feather.COPY));
        copy.setId("inviteCopyAll");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(l10n.get("members.invites.copied"));
        });
        Button export = new Button(l10n.get("members.invites.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("inviteExport");
        Label exported = new Label();
        exported.getStyleClass().add(Styles.TEXT_MUTED);
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(l10n.get("members.invites.exportChooser"));
            chooser.setInitialFileName("invite-codes.csv");
            File file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                try {
                    Files.writeString(file.toPath(), csv, StandardCharsets.UTF_8);
                    exported.setText(l10n.format("members.invites.exported", file.getName()));
                } catch (IOException ex) {
                    exported.setText(ex.getMessage());
                }
            }
        });
        HBox buttons = new HBox(8, copy, export, exported);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, once, table, buttons);
        content.setPrefWidth(760);
        dialog.getDialogPane().setContent(content);
        dialog.setOnHidden(e -> viewModel.clearCodes());
        dialog.show();
    }

    private TableColumn<InviteResult, String> resultColumn(String key, Function<InviteResult, String> value, double width) {
        TableColumn<InviteResult, String> column = new TableColumn<>(l10n.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    // ---- reset code ----

    private void showResetCode(ResetCode code) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner());
        dialog.setTitle(l10n.get("members.reset.title"));
        dialog.setHeaderText(l10n.get("members.reset.title"));
        dialog.getDialogPane().setId("resetCodeDialog");
        ButtonType close = new ButtonType(l10n.get("members.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        Label message = new Label(l10n.format("members.reset.message", viewModel.resetCodeMemberProperty().get(),
                viewModel.format(code.expiresAt())));
        message.setWrapText(true);
        TextField value = new TextField(code.code());
        value.setId("resetCodeText");
        value.setEditable(false);
        value.getStyleClass().add(Styles.TITLE_3);
        value.setPrefColumnCount(16);
        Button copy = new Button(l10n.get("members.reset.copy"), new FontIcon(Feather.COPY));
        copy.setId("resetCodeCopy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code.code());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(l10n.get("members.reset.copied"));
        });
        HBox line = new HBox(8, value, copy);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(12, message, line);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        dialog.setOnHidden(e -> viewModel.clearCodes());
        dialog.show();
    }

    // ---- create member ----

    private void showCreate() {
        viewModel.createdProperty().set(false);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner());
        dialog.setTitle(l10n.get("members.create.title"));
        dialog.setHeaderText(l10n.get("members.create.title"));
        dialog.getDialogPane().setId("createMemberDialog");
        ButtonType createType = new ButtonType(l10n.get("members.create.submit"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(createType, ButtonType.CANCEL);
        Label hint = new Label(l10n.get("members.create.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        TextField first = field("createFirstName", viewModel.createFirstNameProperty());
        TextField last = field("createLastName", viewModel.createLastNameProperty());
        TextField email = field("createEmail", viewModel.createEmailProperty());
        PasswordField password = new PasswordField();
        password.setId("createPassword");
        password.textProperty().bindBidirectional(viewModel.createPasswordProperty());
        ComboBox<Role> role = combo("createRole", viewModel::roleName, false, viewModel.grantableRoles().toArray(Role[]::new));
        role.valueProperty().bindBidirectional(viewModel.createRoleProperty());
        row(grid, 0, "members.invite.firstName", first, FormDialog.fieldError("createFirstNameError", viewModel.createErrors(), "firstName"));
        row(grid, 2, "members.invite.lastName", last, FormDialog.fieldError("createLastNameError", viewModel.createErrors(), "lastName"));
        row(grid, 4, "members.invite.email", email, FormDialog.fieldError("createEmailError", viewModel.createErrors(), "email"));
        row(grid, 6, "members.create.password", password, FormDialog.fieldError("createPasswordError", viewModel.createErrors(), "password"));
        row(grid, 8, "members.invite.role", role, new Label());
        VBox content = new VBox(10, hint, grid);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        Button submit = FormDialog.submitOnly(dialog, createType, "createSubmit", viewModel.busyProperty(),
                viewModel.createdProperty(), viewModel::createMember);
        submit.getStyleClass().add(Styles.ACCENT);
        dialog.setOnShown(e -> first.requestFocus());
        dialog.show();
    }
}
