package org.smilefactory.ui.messages;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.ui.l10n.Localization;

/** The connection buttons shown on a member's profile, and the note field of a new request. */
public final class ConnectionActionsView {

    private final ConnectionActionsViewModel vm;
    private final Localization l10n;
    private final VBox root = new VBox(6);

    public ConnectionActionsView(ConnectionActionsViewModel vm, Localization l10n) {
        this.vm = vm;
        this.l10n = l10n;
        root.setId("connectionActions");
        Label status = new Label();
        status.setId("connectionStatusLabel");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(vm.statusText());

        FlowPane buttons = new FlowPane(6, 6,
                button("connectButton", "connections.connect", Feather.USER_PLUS, Styles.ACCENT, vm.canConnect(), vm::startRequest),
                button("acceptRequestButton", "connections.accept", Feather.USER_CHECK, Styles.SUCCESS, vm.canAnswer(), vm::accept),
                button("declineRequestButton", "connections.decline", Feather.X, null, vm.canAnswer(), vm::decline),
                button("withdrawRequestButton", "connections.withdraw", Feather.CORNER_UP_LEFT, null, vm.canWithdraw(), vm::withdraw),
                button("messageMemberButton", "connections.message", Feather.MESSAGE_SQUARE, null, vm.canMessage(), vm::message),
                button("removeConnectionButton", "connections.remove", Feather.USER_MINUS, Styles.FLAT, vm.canRemove(), vm::remove),
                button("blockButton", "connections.block", Feather.SLASH, Styles.FLAT, vm.canBlock(), vm::block),
                button("unblockButton", "connections.unblock", Feather.SLASH, null, vm.canUnblock(), vm::unblock));
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.disableProperty().bind(vm.busyProperty());

        TextArea note = new TextArea();
        note.setId("connectNoteField");
        note.setPromptText(l10n.get("connections.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        Label noteError = new Label();
        noteError.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        noteError.textProperty().bind(vm.noteErrorProperty());
        Button send = new Button(l10n.get("connections.sendRequest"));
        send.setId("sendRequestButton");
        send.getStyleClass().add(Styles.ACCENT);
        send.setOnAction(e -> vm.sendRequest());
        Button cancel = new Button(l10n.get("connections.cancel"));
        cancel.setOnAction(e -> vm.cancelRequest());
        HBox noteButtons = new HBox(6, cancel, send);
        noteButtons.setAlignment(Pos.CENTER_RIGHT);
        VBox noteBox = new VBox(4, note, noteError, noteButtons);
        noteBox.visibleProperty().bind(vm.composingProperty());
        noteBox.managedProperty().bind(noteBox.visibleProperty());
        noteBox.disableProperty().bind(vm.busyProperty());

        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(vm.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());

        root.getChildren().addAll(status, buttons, noteBox, error);
        root.setAlignment(Pos.TOP_RIGHT);
        root.visibleProperty().bind(vm.statusProperty().isNotNull().or(error.visibleProperty()));
        root.managedProperty().bind(root.visibleProperty());
        root.setMaxWidth(420);
    }

    private Button button(String id, String key, Feather icon, String style, BooleanBinding shown, Runnable action) {
        Button b = new Button(l10n.get(key), new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        if (style != null) {
            b.getStyleClass().add(style);
        }
        b.visibleProperty().bind(shown);
        b.managedProperty().bind(shown);
        b.setOnAction(e -> action.run());
        return b;
    }

    public Node root() {
        return root;
    }
}
