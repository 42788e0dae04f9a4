package org.smilefactory.ui.moderation;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.smilefactory.ui.events.EventsView;
import org.smilefactory.ui.sync.ChangeDiff;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.ui.l10n.Localization;

/**
 * Binds the audit log to {@link AuditLogViewModel}: filters (who, action, entity, dates) in words, a
 * table whose columns keep a readable minimum and show their whole text on hover, the selected entry's
 * changes field by field (old → new), and the CSV export of what the filters match.
 */
public final class AuditLogView {

    private final AuditLogViewModel viewModel;
    private final Localization l10n;
    private final DateTimeFormatter when;
    private final EventsView.SaveTarget saveTarget;
    private final GridPane diff = new GridPane();
    private final VBox root;

    /** Action filters offered: prefixes ("moderation." is every decision) and single actions. */
    static final List<String> ACTIONS = List.of("", "profile.", "member.", "moderation.", "listing.", "group.", "device.",
            "event.", "kiosk.", "hub.", "privacy.", "retention.", "backup.", "database.migrate", "ai.settings");
    static final List<String> ENTITIES = List.of("", "profile", "member", "post", "comment", "listing", "group", "device",
            "event", "kiosk", "hub", "retention", "backup", "database");

    public AuditLogView(AuditLogViewModel viewModel, Localization l10n, ZoneId zone) {
        this(viewModel, l10n, zone, EventsView.fileChooser());
    }

    public AuditLogView(AuditLogViewModel viewModel, Localization l10n, ZoneId zone, EventsView.SaveTarget saveTarget) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.saveTarget = saveTarget;
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(zone);
        this.root = build();
    }

    private VBox build() {
        Label title = new Label(l10n.get("audit.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        AuditText text = viewModel.text();

        ComboBox<AuditLogViewModel.Actor> actor = new ComboBox<>(viewModel.actors());
        actor.setId("auditActorBox");
        actor.setButtonCell(new ActorCell());
        actor.setCellFactory(l -> new ActorCell());
        actor.valueProperty().bindBidirectional(viewModel.actorProperty());
        ComboBox<String> action = new ComboBox<>(FXCollections.observableArrayList(ACTIONS));
        action.setId("auditActionBox");
        action.setButtonCell(new WordCell(a -> a.isEmpty() ? l10n.get("audit.action.any") : text.action(a)));
        action.setCellFactory(l -> new WordCell(a -> a.isEmpty() ? l10n.get("audit.action.any") : text.action(a)));
        action.setValue(viewModel.actionProperty().get());
        action.valueProperty().addListener((obs, old, now) -> {
            viewModel.actionProperty().set(now == null ? "" : now);
            viewModel.refresh();
        });
        ComboBox<String> entity = new ComboBox<>(FXCollections.observableArrayList(ENTITIES));
        entity.setId("auditEntityBox");
        entity.setButtonCell(new WordCell(t -> t.isEmpty() ? l10n.get("audit.entity.any") : text.entity(t)));
        entity.setCellFactory(l -> new WordCell(t -> t.isEmpty() ? l10n.get("audit.entity.any") : text.entity(t)));
        entity.setValue(viewModel.entityTypeProperty().get());
        entity.valueProperty().addListener((obs, old, now) -> {
            viewModel.entityTypeProperty().set(now == null ? "" : now);
            viewModel.refresh();
        });
        DatePicker from = new DatePicker();
        from.setId("auditFromPicker");
        from.setPromptText(l10n.get("audit.from"));
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("auditToPicker");
        to.setPromptText(l10n.get("audit.to"));
        to.setPrefWidth(140);
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        Button apply = new Button(l10n.get("audit.apply"), new FontIcon(Feather.FILTER));
        apply.setId("auditApplyButton");
        apply.setOnAction(e -> viewModel.refresh());
        Button export = new Button(l10n.get("audit.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("auditExportButton");
        export.disableProperty().bind(viewModel.exportingProperty());
        export.setOnAction(e -> saveTarget.choose(l10n.get("audit.export.title"), "audit-log.csv", "csv",
                root.getScene() == null ? null : root.getScene().getWindow()).ifPresent(viewModel::exportCsv));
        FlowPane filters = new FlowPane(8, 8, actor, action, entity, from, to, apply, export);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> table = new TableView<>(viewModel.entries());
        table.setId("auditTable");
        table.setPrefHeight(300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(l10n.get("audit.column.when"), e -> formatTime(e.at()), 150, 130));
        table.getColumns().add(column(l10n.get("audit.column.actor"),
                e -> e.actorName() == null ? l10n.get("audit.actor.unknown") : e.actorName(), 140, 90));
        table.getColumns().add(column(l10n.get("audit.column.action"), e -> text.action(e.action()), 190, 110));
        table.getColumns().add(column(l10n.get("audit.column.entity"), e -> text.entity(e.entityType())
                + (e.entityId() == null ? "" : " \u00b7 " + e.entityId().toString().substring(0, 8)), 140, 90));
        table.getColumns().add(column(l10n.get("audit.column.changes"), text::summary, 360, 160));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        Label placeholder = new Label(l10n.get("audit.empty"));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);

        Label detailTitle = new Label();
        detailTitle.setId("auditDetailTitle");
        detailTitle.getStyleClass().add(Styles.TEXT_BOLD);
        detailTitle.setWrapText(true);
        detailTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            AuditEntry e = viewModel.selectedProperty().get();
            return e == null ? l10n.get("audit.detail.none") : l10n.format("audit.detail.title", text.action(e.action()),
                    e.actorName() == null ? l10n.get("audit.actor.unknown") : e.actorName(), formatTime(e.at()));
        }, viewModel.selectedProperty()));
        diff.setId("auditDiffTable");
        diff.getStyleClass().add("diff-table");
        ColumnConstraints name = new ColumnConstraints(120, 170, 240);
        ColumnConstraints before = new ColumnConstraints();
        before.setHgrow(Priority.ALWAYS);
        before.setPercentWidth(40);
        ColumnConstraints after = new ColumnConstraints();
        after.setHgrow(Priority.ALWAYS);
        after.setPercentWidth(40);
        diff.getColumnConstraints().addAll(name, before, after);
        viewModel.changes().addListener((ListChangeListener<ChangeDiff.Field>) c -> fillDiff());
        viewModel.selectedProperty().addListener((obs, old, now) -> fillDiff());
        fillDiff();
        VBox detail = new VBox(6, detailTitle, diff);

        Label error = new Label();
        error.setId("auditError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorMessageProperty());
        error.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button more = new Button(l10n.get("audit.loadMore"));
        more.setId("auditMoreButton");
        more.visibleProperty().bind(viewModel.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> viewModel.loadMore());
        Label count = new Label();
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> l10n.format("audit.shown", viewModel.entries().size()), viewModel.entries()));
        Label exported = new Label();
        exported.setId("auditExportMessage");
        exported.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        exported.setWrapText(true);
        exported.textProperty().bind(viewModel.exportMessageProperty());
        HBox footer = new HBox(10, count, more, exported);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(10, title, filters, error, table, footer, detail);
        box.getStyleClass().add("admin-card");
        return box;
    }

    /** Times in the audit log; one place, so the hub's own time formatter can take over here. */
    private String formatTime(Instant at) {
        return at == null ? "" : when.format(at);
    }

    private void fillDiff() {
        diff.getChildren().clear();
        AuditEntry entry = viewModel.selectedProperty().get();
        if (entry == null) {
            return;
        }
        diff.addRow(0, cell(l10n.get("audit.diff.field"), "diff-header"), cell(l10n.get("audit.diff.before"), "diff-header"),
                cell(l10n.get("audit.diff.after"), "diff-header"));
        int row = 1;
        for (ChangeDiff.Field f : viewModel.changes()) {
            Label n = cell(f.name(), "diff-name");
            Label b = cell(f.mine(), "diff-mine");
            Label a = cell(f.theirs(), "diff-theirs");
            if (f.differs()) {
                for (Label l : new Label[] {n, b, a}) {
                    l.getStyleClass().add("diff-changed");
                }
            }
            diff.addRow(row++, n, b, a);
        }
        if (viewModel.changes().isEmpty()) {
            Label none = new Label(l10n.get("audit.diff.nothing"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setPadding(new Insets(6));
            diff.add(none, 0, 1, 3, 1);
        }
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text == null ? "" : text);
        label.getStyleClass().addAll("diff-cell", style);
        if ("diff-header".equals(style)) {
            label.getStyleClass().add(Styles.TEXT_BOLD);
        }
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillWidth(label, true);
        GridPane.setFillHeight(label, true);
        return label;
    }

    /** Cells that show the whole text on hover when the column is too narrow for it. */
    private static TableColumn<AuditEntry, String> column(String name, Function<AuditEntry, String> value,
                                                          double width, double min) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }

    public Node root() {
        return root;
    }

    private static final class WordCell extends ListCell<String> {
        private final Function<String, String> words;

        WordCell(Function<String, String> words) {
            this.words = words;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : words.apply(item));
        }
    }

    private final class ActorCell extends ListCell<AuditLogViewModel.Actor> {
        @Override
        protected void updateItem(AuditLogViewModel.Actor item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null || item.id() == null ? l10n.get("audit.actor.anyone")
                    : item.name() == null ? l10n.get("audit.actor.unknown") : item.name());
        }
    }
}
