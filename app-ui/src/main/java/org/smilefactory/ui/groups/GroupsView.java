package org.smilefactory.ui.groups;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.groups.GroupMember;
import org.smilefactory.core.api.groups.GroupRole;
import org.smilefactory.core.api.groups.GroupView;
import org.smilefactory.core.api.groups.GroupVisibility;
import org.smilefactory.core.api.groups.MembershipStatus;
import org.smilefactory.core.api.groups.MembershipType;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.AreaView;
import org.smilefactory.ui.util.EmptyState;
import org.smilefactory.ui.util.Forms;

/** Binds the Groups area to {@link GroupsViewModel}: list and filters on the left, the group or its form on the right. */
public final class GroupsView implements AreaView {

    private final GroupsViewModel vm;
    private final Localization l10n;
    private final BorderPane root = new BorderPane();
    private final TextField searchField = new TextField();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));
    private final StackPane detailSlot = new StackPane();
    private final VBox detail = new VBox(12);
    private final VBox form = new VBox(10);

    public GroupsView(GroupsViewModel vm, Localization l10n) {
        this.vm = vm;
        this.l10n = l10n;
        build();
    }

    private void build() {
        root.getStyleClass().add("groups-area");
        // filters
        searchField.setId("groupSearchField");
        searchField.setPromptText(l10n.get("groups.search.prompt"));
        searchField.textProperty().bindBidirectional(vm.searchTextProperty());
        TextField categoryField = new TextField();
        categoryField.setId("groupCategoryFilter");
        categoryField.setPromptText(l10n.get("groups.filter.category"));
        categoryField.textProperty().bindBidirectional(vm.categoryFilterProperty());
        debounce.setOnFinished(e -> vm.refresh());
        searchField.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        categoryField.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        CheckBox mine = new CheckBox(l10n.get("groups.filter.mine"));
        mine.setId("groupMineBox");
        mine.selectedProperty().bindBidirectional(vm.mineOnlyProperty());
        Button newButton = new Button(l10n.get("groups.action.new"), new FontIcon(Feather.PLUS));
        newButton.setId("newGroupButton");
        newButton.getStyleClass().add(Styles.ACCENT);
        newButton.setOnAction(e -> vm.startCreate());

        TextField codeField = new TextField();
        codeField.setId("joinCodeField");
        codeField.setPromptText(l10n.get("groups.joinCode.prompt"));
        codeField.textProperty().bindBidirectional(vm.joinCodeProperty());
        Button codeButton = new Button(l10n.get("groups.joinCode.action"));
        codeButton.setId("joinCodeButton");
        codeButton.setOnAction(e -> vm.joinWithCode());
        codeField.setOnAction(e -> vm.joinWithCode());
        Label codeError = new Label();
        codeError.setId("joinCodeError");
        Forms.bindError(codeField, codeError, vm.joinErrors().of("inviteCode"));

        HBox filters = new HBox(8, searchField, categoryField, mine, newButton);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(searchField, Priority.ALWAYS);
        HBox codeRow = new HBox(8, codeField, codeButton);
        codeRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, new Label(l10n.get("area.groups")), filters, codeRow, codeError, banner());
        ((Label) top.getChildren().get(0)).getStyleClass().add(Styles.TITLE_2);
        top.setPadding(new Insets(20, 24, 12, 24));
        root.setTop(top);

        // list
        ListView<GroupView> list = new ListView<>(vm.items());
        list.setId("groupList");
        list.setCellFactory(v -> new GroupCell());
        list.getStyleClass().add("directory-list");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            if (g != null && (vm.selectedProperty().get() == null || !vm.selectedProperty().get().id().equals(g.id()))) {
                vm.select(g);
            }
        });
        EmptyState empty = new EmptyState(Feather.USERS, l10n.get("groups.empty.title"), l10n.get("groups.empty.description"));
        empty.visibleProperty().bind(Bindings.isEmpty(vm.items()).and(vm.loadingProperty().not()));
        Button more = new Button(l10n.get("groups.loadMore"));
        more.setId("moreGroupsButton");
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> vm.loadMore());
        VBox left = new VBox(6, new StackPane(list, empty), more);
        VBox.setVgrow(left.getChildren().get(0), Priority.ALWAYS);
        left.setPadding(new Insets(0, 0, 12, 24));
        left.setMinWidth(300);

        // detail / form
        detail.setId("groupDetail");
        detail.setPadding(new Insets(0, 24, 24, 16));
        form.setId("groupForm");
        form.setPadding(new Insets(0, 24, 24, 16));
        buildForm();
        EmptyState none = new EmptyState(Feather.INFO, l10n.get("groups.none.title"), l10n.get("groups.none.description"));
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        detailSlot.getChildren().setAll(none, detailScroll, formScroll);
        none.visibleProperty().bind(vm.selectedProperty().isNull().and(vm.editingProperty().not()));
        detailScroll.visibleProperty().bind(vm.selectedProperty().isNotNull().and(vm.editingProperty().not()));
        formScroll.visibleProperty().bind(vm.editingProperty());
        vm.selectedProperty().addListener((o, a, g) -> renderDetail(g));
        vm.members().addListener((javafx.collections.ListChangeListener<GroupMember>) c -> renderDetail(vm.selectedProperty().get()));
        vm.membersMessageProperty().addListener((o, a, b) -> renderDetail(vm.selectedProperty().get()));

        SplitPane split = new SplitPane(left, detailSlot);
        split.setDividerPositions(0.4);
        root.setCenter(split);
    }

    private Node banner() {
        Message error = new Message(l10n.get("groups.error.title"), "");
        error.setId("groupsErrorBanner");
        error.getStyleClass().add(Styles.DANGER);
        error.descriptionProperty().bind(vm.errorMessageProperty());
        error.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label info = new Label();
        info.setId("groupsInfoLabel");
        info.getStyleClass().add(Styles.SUCCESS);
        info.textProperty().bind(vm.infoMessageProperty());
        info.visibleProperty().bind(vm.infoMessageProperty().isNotEmpty());
        info.managedProperty().bind(info.visibleProperty());
        return new VBox(4, error, info);
    }

    private void renderDetail(GroupView g) {
        detail.getChildren().clear();
        if (g == null) {
            return;
        }
        Label title = new Label(g.name());
        title.setId("groupNameLabel");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label meta = new Label(l10n.format("groups.detail.meta", g.category(), l10n.label(g.visibility()),
                l10n.label(g.membershipType())));
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        Label count = new Label(l10n.format("groups.detail.count", g.memberCount(), g.maxMembers()));
        count.setId("groupMemberCount");
        Label status = new Label(vm.membershipText(g));
        status.setId("groupMembershipLabel");
        detail.getChildren().addAll(title, meta, count, status);
        if (g.description() != null) {
            Label d = new Label(g.description());
            d.setWrapText(true);
            detail.getChildren().add(d);
        }
        if (g.rules() != null) {
            Label rulesTitle = new Label(l10n.get("groups.detail.rules"));
            rulesTitle.getStyleClass().add(Styles.TEXT_BOLD);
            Label r = new Label(g.rules());
            r.setWrapText(true);
            detail.getChildren().addAll(rulesTitle, r);
        }
        HBox actions = new HBox(8);
        String joinText = vm.joinActionText(g);
        if (joinText != null) {
            Button join = new Button(joinText, new FontIcon(Feather.USER_PLUS));
            join.setId("joinGroupButton");
            join.getStyleClass().add(Styles.ACCENT);
            join.setOnAction(e -> vm.join());
            actions.getChildren().add(join);
        }
        if (g.myStatus() == MembershipStatus.ACTIVE || g.myStatus() == MembershipStatus.PENDING) {
            Button leave = new Button(l10n.get(g.myStatus() == MembershipStatus.PENDING ? "groups.action.withdraw"
                    : "groups.action.leave"), new FontIcon(Feather.LOG_OUT));
            leave.setId("leaveGroupButton");
            leave.setOnAction(e -> vm.leave());
            actions.getChildren().add(leave);
        }
        if (g.canManage()) {
            Button edit = new Button(l10n.get("groups.action.edit"), new FontIcon(Feather.EDIT_2));
            edit.setId("editGroupButton");
            edit.setOnAction(e -> vm.startEdit());
            actions.getChildren().add(edit);
        }
        detail.getChildren().add(actions);
        if (g.inviteCode() != null) {
            Label code = new Label(g.inviteCode());
            code.setId("inviteCodeLabel");
            code.getStyleClass().addAll(Styles.TEXT_BOLD, "invite-code");
            Button copy = new Button(l10n.get("groups.invite.copy"), new FontIcon(Feather.COPY));
            copy.setId("copyInviteButton");
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(g.inviteCode());
                Clipboard.getSystemClipboard().setContent(content);
                vm.infoMessageProperty().set(l10n.get("groups.invite.copied"));
            });
            Button regenerate = new Button(l10n.get("groups.invite.regenerate"), new FontIcon(Feather.REFRESH_CW));
            regenerate.setId("regenerateInviteButton");
            regenerate.setOnAction(e -> vm.regenerateInvite());
            HBox inviteRow = new HBox(8, new Label(l10n.get("groups.invite.label")), code, copy, regenerate);
            inviteRow.setAlignment(Pos.CENTER_LEFT);
            detail.getChildren().add(inviteRow);
            if (g.inviteCodeExpiresAt() != null) {
                detail.getChildren().add(new Label(l10n.format("groups.invite.expires", g.inviteCodeExpiresAt().toString())));
            }
        }
        Label membersTitle = new Label(l10n.get("groups.members.title"));
        membersTitle.getStyleClass().add(Styles.TITLE_4);
        detail.getChildren().add(membersTitle);
        if (!vm.membersMessageProperty().get().isEmpty()) {
            Label msg = new Label(vm.membersMessageProperty().get());
            msg.setId("groupMembersMessage");
            msg.getStyleClass().add(Styles.TEXT_MUTED);
            msg.setWrapText(true);
            detail.getChildren().add(msg);
        }
        VBox memberRows = new VBox(4);
        memberRows.setId("groupMemberList");
        boolean moderator = g.inviteCode() != null;
        for (GroupMember m : vm.members()) {
            memberRows.getChildren().add(memberRow(g, m, moderator));
        }
        detail.getChildren().add(memberRows);
    }

    private Node memberRow(GroupView g, GroupMember m, boolean moderator) {
        Label name = new Label(m.name());
        Label role = new Label(m.status() == MembershipStatus.ACTIVE ? l10n.label(m.role()) : l10n.label(m.status()));
        role.getStyleClass().add("chip");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, name, role, spacer);
        row.setAlignment(Pos.CENTER_LEFT);
        if (moderator) {
            if (m.status() == MembershipStatus.PENDING) {
                row.getChildren().addAll(small("groups.member.approve", () -> vm.approve(m)),
                        small("groups.member.deny", () -> vm.deny(m)));
            } else if (m.status() == MembershipStatus.ACTIVE) {
                if (g.canManage()) {
                    ComboBox<GroupRole> roleBox = new ComboBox<>();
                    roleBox.getItems().setAll(GroupRole.values());
                    roleBox.setValue(m.role());
                    roleBox.setConverter(enumConverter());
                    roleBox.valueProperty().addListener((o, a, r) -> {
                        if (r != null && r != m.role()) {
                            vm.changeRole(m, r);
                        }
                    });
                    row.getChildren().add(roleBox);
                }
                row.getChildren().add(small("groups.member.ban", () -> vm.ban(m)));
            }
        }
        return row;
    }

    private Button small(String key, Runnable action) {
        Button b = new Button(l10n.get(key));
        b.getStyleClass().add(Styles.SMALL);
        b.setOnAction(e -> action.run());
        return b;
    }

    private <E extends Enum<E>> StringConverter<E> enumConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return l10n.label(value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    private void buildForm() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        vm.editingProperty().addListener((o, a, b) -> title.setText(l10n.get(vm.isCreating() ? "groups.form.create" : "groups.form.edit")));
        TextField nameField = text("groupNameField", vm.nameProperty());
        TextArea descriptionArea = area("groupDescriptionArea", vm.descriptionProperty());
        TextField categoryField = text("groupCategoryField", vm.categoryProperty());
        ComboBox<GroupVisibility> visibilityBox = new ComboBox<>();
        visibilityBox.setId("groupVisibilityBox");
        visibilityBox.getItems().setAll(GroupVisibility.values());
        visibilityBox.setConverter(enumConverter());
        visibilityBox.valueProperty().bindBidirectional(vm.visibilityProperty());
        ComboBox<MembershipType> typeBox = new ComboBox<>();
        typeBox.setId("groupMembershipBox");
        typeBox.getItems().setAll(MembershipType.values());
        typeBox.setConverter(enumConverter());
        typeBox.valueProperty().bindBidirectional(vm.membershipTypeProperty());
        TextField maxField = text("groupMaxField", vm.maxMembersProperty());
        maxField.setPromptText("1000");
        TextArea rulesArea = area("groupRulesArea", vm.rulesProperty());
        TextField tagsField = text("groupTagsField", vm.tagsProperty());
        tagsField.setPromptText(l10n.get("groups.form.tags.prompt"));
        TextField locationField = text("groupLocationField", vm.locationProperty());

        Button save = new Button(l10n.get("groups.form.save"), new FontIcon(Feather.CHECK));
        save.setId("saveGroupButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save());
        Button cancel = new Button(l10n.get("groups.form.cancel"));
        cancel.setId("cancelGroupButton");
        cancel.setOnAction(e -> vm.cancelEdit());

        form.getChildren().addAll(title,
                row("groups.form.name", nameField, "name"),
                row("groups.form.category", categoryField, "category"),
                row("groups.form.description", descriptionArea, "description"),
                row("groups.form.visibility", visibilityBox, "visibility"),
                row("groups.form.membership", typeBox, "membershipType"),
                row("groups.form.maxMembers", maxField, "maxMembers"),
                row("groups.form.rules", rulesArea, "rules"),
                row("groups.form.tags", tagsField, "tags"),
                row("groups.form.location", locationField, "location"),
                new HBox(8, save, cancel));
    }

    private Node row(String labelKey, Node input, String field) {
        Label label = new Label(l10n.get(labelKey));
        label.setLabelFor(input);
        Label error = new Label();
        error.setId(field + "Error");
        Forms.bindError(input, error, vm.fieldErrors().of(field));
        return new VBox(4, label, input, error);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty property) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private final class GroupCell extends ListCell<GroupView> {
        GroupCell() {
            setPrefWidth(0); // follow the list's width: long lines end in "..." instead of a sideways scroll
        }

        @Override
        protected void updateItem(GroupView g, boolean empty) {
            super.updateItem(g, empty);
            if (empty || g == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(g.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label meta = new Label(l10n.format("groups.cell.meta", g.category(), g.memberCount(), l10n.label(g.visibility())));
            meta.getStyleClass().add(Styles.TEXT_MUTED);
            FlowPane chips = new FlowPane(4, 4);
            if (g.myStatus() == MembershipStatus.ACTIVE || g.myStatus() == MembershipStatus.PENDING) {
                Label chip = new Label(l10n.label(g.myStatus()));
                chip.getStyleClass().add("chip");
                chips.getChildren().add(chip);
            }
            VBox card = new VBox(2, name, meta, chips);
            card.getStyleClass().add("directory-entry");
            setText(null);
            setGraphic(card);
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void onShown() {
        vm.refresh();
    }

    @Override
    public boolean onShortcut(Shortcut shortcut) {
        if (shortcut == Shortcut.FIND) {
            searchField.requestFocus();
            return true;
        }
        if (shortcut == Shortcut.SAVE && vm.editingProperty().get()) {
            vm.save();
            return true;
        }
        return false;
    }
}
