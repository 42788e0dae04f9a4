package org.smilefactory.ui.sync;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.EmptyState;

/**
 * The list of held changes beside the chosen one: what happened and why, the fields that differ (mine |
 * theirs), and Keep mine / Take theirs / Edit. A window of its own, not modal: while the person edits the
 * profile in the main window, mine and theirs stay in view.
 */
public final class HeldChangesView {

    private final HeldChangesViewModel viewModel;
    private final Localization l10n;
    private final StackPane root;
    private final GridPane table = new GridPane();
    private Stage stage;

    public HeldChangesView(HeldChangesViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.root = build();
    }

    private StackPane build() {
        ListView<HeldChange> list = new ListView<>(viewModel.changes());
        list.setId("heldChangesList");
        list.setPrefWidth(300);
        list.setCellFactory(lv -> new HeldCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });

        SplitPane split = new SplitPane(list, detail());
        split.setDividerPositions(0.32);
        Label intro = new Label(l10n.get("offline.held.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);
        Label error = new Label();
        error.setId("heldChangesError");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorMessageProperty());
        error.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox content = new VBox(12, intro, error, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        content.setPadding(new Insets(16));
        content.visibleProperty().bind(viewModel.emptyProperty().not());

        Button close = new Button(l10n.get("offline.held.close"));
        close.setId("heldChangesCloseEmpty");
        close.setOnAction(e -> close());
        EmptyState empty = new EmptyState(Feather.CHECK_CIRCLE, l10n.get("offline.held.empty.title"),
                l10n.get("offline.held.empty.description")).withAction(close);
        empty.setId("heldChangesEmpty");
        empty.visibleProperty().bind(viewModel.emptyProperty());
        StackPane pane = new StackPane(content, empty);
        pane.getStyleClass().add("held-changes");
        return pane;
    }

    private Node detail() {
        // An AtlantaFX Message kept a stale title when its texts changed; a box of our own with the same look.
        FontIcon reasonIcon = new FontIcon(Feather.GIT_MERGE);
        reasonIcon.getStyleClass().add("held-reason-icon");
        Label outcome = new Label();
        outcome.setId("heldOutcomeLabel");
        outcome.getStyleClass().add(Styles.TEXT_BOLD);
        outcome.textProperty().bind(viewModel.outcomeTextProperty());
        Label because = new Label();
        because.setId("heldReasonLabel");
        because.setWrapText(true);
        because.setMinHeight(Region.USE_PREF_SIZE);
        because.textProperty().bind(viewModel.reasonTextProperty());
        because.visibleProperty().bind(viewModel.reasonTextProperty().isNotEmpty());
        because.managedProperty().bind(because.visibleProperty());
        VBox words = new VBox(4, outcome, because);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        HBox reason = new HBox(12, reasonIcon, words);
        reason.setId("heldReason");
        reason.getStyleClass().add("held-reason");
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.visibleProperty().bind(viewModel.outcomeTextProperty().isNotEmpty());
        reason.managedProperty().bind(reason.visibleProperty());
        viewModel.selectedProperty().addListener((obs, old, now) -> styleReason(reason, reasonIcon, now));
        Label made = new Label();
        made.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        made.textProperty().bind(viewModel.madeTextProperty());

        table.setId("heldFieldsTable");
        table.getStyleClass().add("diff-table");
        table.setHgap(0);
        table.setVgap(0);
        ColumnConstraints name = new ColumnConstraints(120, 150, 200);
        ColumnConstraints mine = new ColumnConstraints();
        mine.setHgrow(Priority.ALWAYS);
        mine.setPercentWidth(-1);
        ColumnConstraints theirs = new ColumnConstraints();
        theirs.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().addAll(name, mine, theirs);
        viewModel.fields().addListener((ListChangeListener<ChangeDiff.Field>) change -> fillTable());
        fillTable();
        CheckBox onlyDifferences = new CheckBox(l10n.get("offline.held.onlyDifferences"));
        onlyDifferences.setId("heldOnlyDifferences");
        onlyDifferences.selectedProperty().bindBidirectional(viewModel.onlyDifferencesProperty());

        TextArea mineJson = json("heldMineJson", viewModel.minePrettyProperty());
        TextArea theirsJson = json("heldTheirsJson", viewModel.theirsPrettyProperty());
        HBox raw = new HBox(8, titled(l10n.get("offline.held.mine"), mineJson),
                titled(l10n.get("offline.held.theirs"), theirsJson));
        TitledPane allData = new TitledPane(l10n.get("offline.held.allData"), raw);
        allData.setExpanded(false);
        allData.setId("heldAllData");

        Button keepMine = new Button(l10n.get("offline.held.keepMine"), new FontIcon(Feather.UPLOAD_CLOUD));
        keepMine.setId("keepMineButton");
        keepMine.getStyleClass().add(Styles.ACCENT);
        keepMine.disableProperty().bind(viewModel.canResolveProperty().not());
        keepMine.setOnAction(e -> viewModel.keepMine());
        Button takeTheirs = new Button(l10n.get("offline.held.takeTheirs"), new FontIcon(Feather.DOWNLOAD_CLOUD));
        takeTheirs.setId("takeTheirsButton");
        takeTheirs.disableProperty().bind(viewModel.canResolveProperty().not());
        takeTheirs.setOnAction(e -> viewModel.takeTheirs());
        Button edit = new Button(l10n.get("offline.held.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId("editHeldButton");
        edit.setTooltip(new Tooltip(l10n.get("offline.held.edit.tooltip")));
        edit.visibleProperty().bind(viewModel.canEditProperty());
        edit.managedProperty().bind(edit.visibleProperty());
        edit.setOnAction(e -> viewModel.edit());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(8, keepMine, takeTheirs, edit, grow);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(10, reason, made, onlyDifferences, table, allData, actions);
        box.setPadding(new Insets(0, 4, 0, 12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private static void styleReason(HBox reason, FontIcon icon, HeldChange change) {
        boolean rejected = change != null && change.outcome() == MutationOutcome.REJECTED;
        reason.getStyleClass().removeAll("held-conflict", "held-rejected");
        reason.getStyleClass().add(rejected ? "held-rejected" : "held-conflict");
        icon.setIconCode(rejected ? Feather.X_OCTAGON : Feather.GIT_MERGE);
    }

    private void fillTable() {
        table.getChildren().clear();
        table.addRow(0, header(l10n.get("offline.held.field")), header(l10n.get("offline.held.mine")),
                header(l10n.get("offline.held.theirs")));
        int row = 1;
        for (ChangeDiff.Field field : viewModel.fields()) {
            Label name = cell(field.name(), "diff-name");
            Label mine = cell(field.mine(), "diff-mine");
            Label theirs = cell(field.theirs() == null ? "\u2014" : field.theirs(), "diff-theirs");
            if (field.differs()) {
                for (Label l : new Label[] {name, mine, theirs}) {
                    l.getStyleClass().add("diff-changed");
                }
            }
            table.addRow(row++, name, mine, theirs);
        }
        if (viewModel.fields().isEmpty() && viewModel.selectedProperty().get() != null) {
            Label same = new Label(l10n.get("offline.held.sameEverywhere"));
            same.getStyleClass().add(Styles.TEXT_MUTED);
            same.setWrapText(true);
            same.setPadding(new Insets(8));
            table.add(same, 0, 1, 3, 1);
        }
    }

    private static Label header(String text) {
        Label label = cell(text, "diff-header");
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text == null || text.isEmpty() ? "" : text);
        label.getStyleClass().addAll("diff-cell", style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillWidth(label, true);
        GridPane.setFillHeight(label, true);
        return label;
    }

    private static TextArea json(String id, javafx.beans.value.ObservableStringValue text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(10);
        area.getStyleClass().add("diff-json");
        area.textProperty().bind(text);
        return area;
    }

    private static VBox titled(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(4, label, content);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** Shows the window (once; later calls bring it to the front) and reads the held changes. */
    public void open(Window owner, java.util.function.Consumer<Scene> styleScene) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(l10n.format("title.window", l10n.get("offline.held.title")));
            Scene scene = new Scene(root, 980, 600);
            styleScene.accept(scene);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    close();
                    e.consume();
                }
            });
            stage.setScene(scene);
        }
        viewModel.refresh();
        stage.show();
        stage.toFront();
    }

    public void close() {
        if (stage != null) {
            stage.hide();
        }
    }

    public Parent root() {
        return root;
    }

    private final class HeldCell extends ListCell<HeldChange> {
        private final Label summary = new Label();
        private final Label badge = new Label();
        private final Label when = new Label();
        private final VBox box = new VBox(4, summary, new HBox(8, badge, when));

        HeldCell() {
            summary.getStyleClass().add(Styles.TEXT_BOLD);
            summary.setWrapText(true);
            summary.setMaxWidth(260);
            badge.getStyleClass().add("held-badge");
            when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        }

        @Override
        protected void updateItem(HeldChange item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            summary.setText(viewModel.describe(item));
            badge.setText(viewModel.outcomeLabel(item));
            badge.getStyleClass().removeAll("held-conflict", "held-rejected");
            badge.getStyleClass().add(item.outcome() == MutationOutcome.REJECTED ? "held-rejected" : "held-conflict");
            when.setText(viewModel.madeAt(item));
            setGraphic(box);
        }
    }
}
