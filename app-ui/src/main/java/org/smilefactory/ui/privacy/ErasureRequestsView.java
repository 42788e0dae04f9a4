package org.smilefactory.ui.privacy;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.privacy.ErasureRequest;
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.EmptyState;

/** Binds the staff list of erasure requests to {@link ErasureRequestsViewModel}: list, note, Confirm / Decline. */
public final class ErasureRequestsView {

    private final ErasureRequestsViewModel viewModel;
    private final Localization l10n;
    private final HubTime hubTime;
    private final VBox root;

    /** Request times in the hub's zone, in the member's locale. */
    public ErasureRequestsView(ErasureRequestsViewModel viewModel, Localization l10n, HubTime hubTime) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.hubTime = hubTime;
        this.root = build();
    }

    private VBox build() {
        Label title = new Label(l10n.get("privacy.queue.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Button reload = new Button(null, new FontIcon(Feather.REFRESH_CW));
        reload.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reload.setOnAction(e -> viewModel.refresh());
        HBox header = new HBox(10, title, new StackPane(), reload);
        HBox.setHgrow(header.getChildren().get(1), Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);
        Label description = new Label(l10n.get("privacy.queue.description"));
        description.setWrapText(true);
        description.getStyleClass().add(Styles.TEXT_MUTED);

        ListView<ErasureRequest> list = new ListView<>(viewModel.requests());
        list.setId("erasureRequestList");
        list.setPrefHeight(180);
        list.setCellFactory(l -> new RequestCell());
        hubTime.zoneProperty().addListener((obs, old, zone) -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        EmptyState empty = new EmptyState(Feather.CHECK_CIRCLE, l10n.get("privacy.queue.empty.title"),
                l10n.get("privacy.queue.empty.description"));
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.requests()).and(viewModel.loadingProperty().not()));
        empty.setMouseTransparent(true);

        TextField note = new TextField();
        note.setId("erasureNoteField");
        note.setPromptText(l10n.get("privacy.queue.notePrompt"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button confirm = new Button(l10n.get("privacy.queue.confirm"), new FontIcon(Feather.USER_X));
        confirm.setId("confirmErasureButton");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.disableProperty().bind(viewModel.canDecideProperty().not());
        confirm.setOnAction(e -> viewModel.confirmSelected());
        Button decline = new Button(l10n.get("privacy.queue.decline"), new FontIcon(Feather.X_CIRCLE));
        decline.setId("declineErasureButton");
        decline.disableProperty().bind(viewModel.canDecideProperty().not());
        decline.setOnAction(e -> viewModel.declineSelected());
        HBox actions = new HBox(8, note, decline, confirm);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorMessageProperty());
        error.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox box = new VBox(10, header, description, new StackPane(list, empty), actions, error);
        box.setId("erasureRequestsSection");
        return box;
    }

    private final class RequestCell extends ListCell<ErasureRequest> {
        @Override
        protected void updateItem(ErasureRequest item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String reason = item.reason() == null ? "" : " — " + item.reason();
            setText(l10n.format("privacy.queue.line", item.memberName(), item.memberEmail(), hubTime.dateTime(item.requestedAt())) + reason);
        }
    }

    public Node root() {
        return root;
    }
}
