package org.smilefactory.ui.moderation;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
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
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.ui.l10n.Localization;

/** Binds the audit log table and its filters to {@link AuditLogViewModel}. */
public final class AuditLogView {

    private final AuditLogViewModel viewModel;
    private final Localization l10n;
    private final DateTimeFormatter when;
    private final VBox root;

    public AuditLogView(AuditLogViewModel viewModel, Localization l10n, ZoneId zone) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(zone);
        this.root = build();
    }

    private VBox build() {
        Label title = new Label(l10n.get("audit.title"));
        title.getStyleClass().add(Styles.TITLE_3);

        ComboBox<AuditLogViewModel.Actor> actor = new ComboBox<>(viewModel.actors());
        actor.setId("auditActorBox");
        actor.setButtonCell(new ActorCell());
        actor.setCellFactory(l -> new ActorCell());
        actor.valueProperty().bindBidirectional(viewModel.actorProperty());
        TextField action = new TextField();
        action.setId("auditActionField");
        action.setPromptText(l10n.get("audit.action.prompt"));
        action.textProperty().bindBidirectional(viewModel.actionProperty());
        action.setOnAction(e -> viewModel.refresh());
        ComboBox<String> entity = new ComboBox<>(FXCollections.observableArrayList("", "post", "comment", "member", "hub",
                "account", "profile"));
        entity.setId("auditEntityBox");
        entity.setEditable(true);
        entity.setPromptText(l10n.get("audit.entity.prompt"));
        entity.valueProperty().addListener((obs, old, now) -> {
            viewModel.entityTypeProperty().set(now == null ? "" : now);
            viewModel.refresh();
        });
        DatePicker from = new DatePicker();
        from.setId("auditFromPicker");
        from.setPromptText(l10n.get("audit.from"));
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("auditToPicker");
        to.setPromptText(l10n.get("audit.to"));
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        Button apply = new Button(l10n.get("audit.apply"), new FontIcon(Feather.FILTER));
        apply.setId("auditApplyButton");
        apply.setOnAction(e -> viewModel.refresh());
        FlowPane filters = new FlowPane(8, 8, actor, action, entity, from, to, apply);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> table = new TableView<>(viewModel.entries());
        table.setId("auditTable");
        table.setPrefHeight(340);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(l10n.get("audit.column.when"), e -> when.format(e.at()), 140));
        table.getColumns().add(column(l10n.get("audit.column.actor"),
                e -> e.actorName() == null ? l10n.get("audit.actor.unknown") : e.actorName(), 120));
        table.getColumns().add(column(l10n.get("audit.column.action"), AuditEntry::action, 140));
        table.getColumns().add(column(l10n.get("audit.column.entity"),
                e -> e.entityType() == null ? "" : e.entityType() + (e.entityId() == null ? "" : " " + e.entityId().toString().substring(0, 8)), 110));
        table.getColumns().add(column(l10n.get("audit.column.before"), e -> e.beforeJson() == null ? "" : e.beforeJson(), 160));
        table.getColumns().add(column(l10n.get("audit.column.after"), e -> e.afterJson() == null ? "" : e.afterJson(), 160));
        Label placeholder = new Label(l10n.get("audit.empty"));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);

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
        HBox footer = new HBox(10, count, more);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(10, title, filters, error, table, footer);
        box.getStyleClass().add("admin-card");
        return box;
    }

    private static TableColumn<AuditEntry, String> column(String name, java.util.function.Function<AuditEntry, String> value,
                                                          double width) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public Node root() {
        return root;
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
