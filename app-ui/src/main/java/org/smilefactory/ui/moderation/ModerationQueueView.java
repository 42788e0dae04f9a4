package org.smilefactory.ui.moderation;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.moderation.ModerationOutcome;
import org.smilefactory.core.api.moderation.ReportStatus;
import org.smilefactory.core.api.moderation.ReportedTarget;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.EmptyState;

/** Binds the moderation queue to {@link ModerationQueueViewModel}: status filter, list, actions. */
public final class ModerationQueueView {


    private final ModerationQueueViewModel viewModel;
    private final Localization l10n;
    private final DateTimeFormatter when;
    private final VBox root;

    /** Times are shown in the hub's time zone. */
    public ModerationQueueView(ModerationQueueViewModel viewModel, Localization l10n, ZoneId zone) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.UK).withZone(zone);
        this.root = build();
    }

    private VBox build() {
        Label title = new Label(l10n.get("moderation.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<ReportStatus> status = new ComboBox<>(FXCollections.observableArrayList(ReportStatus.values()));
        status.setId("moderationStatusBox");
        status.setButtonCell(new StatusCell());
        status.setCellFactory(l -> new StatusCell());
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        Button reload = new Button(null, new FontIcon(Feather.REFRESH_CW));
        reload.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reload.setOnAction(e -> viewModel.refresh());
        HBox header = new HBox(10, title, new StackPane(), status, reload);
        HBox.setHgrow(header.getChildren().get(1), Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<ReportedTarget> list = new ListView<>(viewModel.targets());
        list.setId("moderationList");
        list.setPrefHeight(320);
        list.setCellFactory(l -> new TargetCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        EmptyState empty = new EmptyState(Feather.CHECK_CIRCLE, l10n.get("moderation.empty.title"),
                l10n.get("moderation.empty.description"));
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.targets()).and(viewModel.loadingProperty().not()));
        empty.setMouseTransparent(true);
        StackPane listPane = new StackPane(list, empty);

        Button hide = action("hideButton", ModerationOutcome.HIDE, Feather.EYE_OFF, Styles.WARNING);
        Button remove = action("removeButton", ModerationOutcome.REMOVE, Feather.TRASH_2, Styles.DANGER);
        Button dismiss = action("dismissButton", ModerationOutcome.DISMISS, Feather.X_CIRCLE, null);
        Button restore = action("restoreButton", ModerationOutcome.RESTORE, Feather.ROTATE_CCW, Styles.SUCCESS);
        hide.disableProperty().bind(viewModel.canDecideProperty().not());
        remove.disableProperty().bind(viewModel.canDecideProperty().not());
        dismiss.disableProperty().bind(viewModel.canDecideProperty().not());
        restore.disableProperty().bind(viewModel.canRestoreProperty().not());
        Button more = new Button(l10n.get("moderation.loadMore"));
        more.setId("moderationMoreButton");
        more.visibleProperty().bind(viewModel.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> viewModel.loadMore());
        HBox actions = new HBox(8, hide, remove, dismiss, restore, new StackPane(), more);
        HBox.setHgrow(actions.getChildren().get(4), Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("moderationError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorMessageProperty());
        error.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox box = new VBox(10, header, error, listPane, actions);
        box.getStyleClass().add("admin-card");
        return box;
    }

    private Button action(String id, ModerationOutcome outcome, Feather icon, String style) {
        Button b = new Button(l10n.get("moderation.action." + outcome.name().toLowerCase(Locale.ROOT)), new FontIcon(icon));
        b.setId(id);
        if (style != null) {
            b.getStyleClass().add(style);
        }
        b.setOnAction(e -> viewModel.decide(outcome));
        return b;
    }

    /** Times in the queue; one place, so the hub's own time formatter can take over here. */
    private String formatTime(java.time.Instant at) {
        return at == null ? "" : when.format(at);
    }

    public Node root() {
        return root;
    }

    private final class StatusCell extends ListCell<ReportStatus> {
        @Override
        protected void updateItem(ReportStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : l10n.get("moderation.status." + item.name().toLowerCase(Locale.ROOT)));
        }
    }

    private final class TargetCell extends ListCell<ReportedTarget> {
        @Override
        protected void updateItem(ReportedTarget t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label kind = new Label(l10n.label(t.targetType()));
            kind.getStyleClass().add("type-badge");
            Label count = new Label(l10n.format("moderation.reportCount", t.reportCount()));
            count.getStyleClass().add(Styles.TEXT_BOLD);
            Label state = new Label(l10n.label(t.state()));
            state.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            HBox top = new HBox(8, kind, count, state);
            top.setAlignment(Pos.CENTER_LEFT);
            Label preview = new Label(t.preview() == null || t.preview().isBlank() ? l10n.get("moderation.noPreview") : t.preview());
            preview.setWrapText(true);
            preview.setMaxWidth(760);
            Label meta = new Label(l10n.format("moderation.meta",
                    t.authorName() == null ? l10n.get("moderation.unknownAuthor") : t.authorName(),
                    t.reasons().stream().map(l10n::label).collect(Collectors.joining(", ")),
                    formatTime(t.firstReportedAt())));
            meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox box = new VBox(4, top, preview, meta);
            if (!t.details().isEmpty()) {
                // what the reporters wrote, each note on its own line under a heading
                Label heading = new Label(l10n.get("moderation.notes"));
                heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
                VBox notes = new VBox(2, heading);
                notes.setId("moderationNotes");
                for (String note : t.details()) {
                    Label details = new Label("\u201c" + note + "\u201d");
                    details.setWrapText(true);
                    details.setMaxWidth(760);
                    details.getStyleClass().addAll(Styles.TEXT_SMALL, "report-note");
                    notes.getChildren().add(details);
                }
                box.getChildren().add(notes);
            }
            setText(null);
            setGraphic(box);
        }
    }
}
