package org.smilefactory.ui.messages;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.smilefactory.core.api.social.ConnectionView;
import org.smilefactory.ui.dialogs.FormDialog;
import org.smilefactory.ui.l10n.Localization;

/**
 * The group conversation form as a dialog over the main window: a new group, or more people for an
 * existing one. The action stays on the form until the backend has taken it, so a missing name or
 * member is marked in place, not lost with the dialog.
 */
final class GroupFormDialog {

    private final GroupFormViewModel viewModel;
    private final Localization l10n;

    GroupFormDialog(GroupFormViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        boolean newGroup = viewModel.isNewGroup();
        dialog.setTitle(l10n.get(newGroup ? "messages.group.dialogTitle" : "messages.group.add.dialogTitle"));
        dialog.setHeaderText(newGroup ? l10n.get("messages.group.header")
                : l10n.format("messages.group.add.header", viewModel.existing().title()));
        ButtonType create = new ButtonType(l10n.get(newGroup ? "messages.group.create" : "messages.group.add.submit"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().setId("newGroupDialog");

        TextField title = new TextField();
        title.setId("groupTitleField");
        title.setPromptText(l10n.get("messages.group.title.prompt"));
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        Label titleError = FormDialog.fieldError("groupTitleError", viewModel.errors(), "title");

        TextField filter = new TextField();
        filter.setId("groupFilterField");
        filter.setPromptText(l10n.get("messages.group.filter.prompt"));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());

        ListView<ConnectionView> members = new ListView<>(viewModel.candidates());
        members.setId("groupMemberList");
        members.setPrefHeight(240);
        members.setCellFactory(l -> new MemberCell());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.textProperty().bind(Bindings.when(viewModel.filterProperty().isEmpty())
                .then(l10n.get(newGroup ? "messages.group.noConnections" : "messages.group.add.noneLeft"))
                .otherwise(l10n.get("messages.group.noMatch")));
        members.setPlaceholder(placeholder);

        Label chosen = new Label();
        chosen.setId("groupChosenLabel");
        chosen.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        chosen.textProperty().bind(viewModel.chosenTextProperty());
        Label membersError = FormDialog.fieldError("groupMembersError", viewModel.errors(), "memberIds");
        Label banner = FormDialog.banner("groupBanner", viewModel.bannerProperty());

        VBox form = new VBox(6, new Label(l10n.get("messages.group.members")), filter, members, chosen, membersError,
                banner);
        if (newGroup) {
            form.getChildren().addAll(0, java.util.List.of(new Label(l10n.get("messages.group.title")), title, titleError));
        }
        form.setPrefWidth(440);
        dialog.getDialogPane().setContent(form);

        Button createButton = FormDialog.submitOnly(dialog, create, "createGroupButton", viewModel.busyProperty(),
                viewModel.doneProperty(), viewModel::submit);
        createButton.getStyleClass().add(Styles.ACCENT);
        dialog.setOnShown(e -> (newGroup ? title : filter).requestFocus());
        dialog.show();
    }

    /** A connection with a check box; the box follows the form's choice, also after filtering. */
    private final class MemberCell extends ListCell<ConnectionView> {
        private final CheckBox box = new CheckBox();
        private final Label headline = new Label();
        private final VBox text = new VBox(1, box, headline);
        private ConnectionView item;

        MemberCell() {
            headline.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            headline.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
            box.selectedProperty().addListener((obs, was, is) -> {
                if (item != null) {
                    viewModel.setChosen(item, is);
                }
            });
        }

        @Override
        protected void updateItem(ConnectionView connection, boolean empty) {
            super.updateItem(connection, empty);
            item = null;
            if (empty || connection == null) {
                setGraphic(null);
                return;
            }
            box.setText(connection.memberName());
            box.setSelected(viewModel.isChosen(connection));
            boolean hasHeadline = connection.headline() != null && !connection.headline().isBlank();
            headline.setText(hasHeadline ? connection.headline() : "");
            headline.setVisible(hasHeadline);
            headline.setManaged(hasHeadline);
            item = connection;
            setGraphic(text);
        }
    }
}
