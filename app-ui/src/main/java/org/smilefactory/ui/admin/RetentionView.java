package org.smilefactory.ui.admin;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.Forms;
import org.smilefactory.ui.util.ViewLoader;

/** Binds the retention card of Admin to its {@link RetentionViewModel}; no state of its own. */
public final class RetentionView {

    private final RetentionViewModel viewModel;
    private final Localization l10n;
    private final VBox root;

    @FXML private Label retentionHint;
    @FXML private GridPane retentionGrid;
    @FXML private ProgressBar retentionProgress;
    @FXML private Message retentionResult;
    @FXML private Message retentionError;
    @FXML private Button retentionSave;
    @FXML private Button retentionReload;
    @FXML private Button retentionApply;

    public RetentionView(RetentionViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.root = ViewLoader.load(this, "Retention.fxml", l10n);
    }

    @FXML
    private void initialize() {
        retentionHint.setText(l10n.get(viewModel.isAdmin() ? "retention.hint" : "retention.hint.readOnly"));
        int row = 0;
        for (String field : RetentionViewModel.FIELDS) {
            Label label = new Label(l10n.get("retention.field." + field));
            TextField input = new TextField();
            input.setId("retention-" + field);
            input.setPrefColumnCount(5);
            input.textProperty().bindBidirectional(viewModel.daysProperty(field));
            input.setEditable(viewModel.isAdmin());
            input.disableProperty().bind(viewModel.busyProperty());
            label.setLabelFor(input);
            Label unit = new Label(l10n.get("retention.days"));
            unit.getStyleClass().add(Styles.TEXT_MUTED);
            Label error = new Label();
            Forms.bindError(input, error, viewModel.errors().of(field));
            retentionGrid.addRow(row++, label, input, unit, error);
        }
        retentionProgress.visibleProperty().bind(viewModel.runningProperty().or(viewModel.savingProperty()));
        retentionProgress.managedProperty().bind(retentionProgress.visibleProperty());

        retentionResult.getStyleClass().add(Styles.SUCCESS);
        retentionResult.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        retentionResult.descriptionProperty().bind(viewModel.resultMessageProperty());
        retentionResult.visibleProperty().bind(viewModel.resultMessageProperty().isNotEmpty());
        retentionResult.managedProperty().bind(retentionResult.visibleProperty());
        retentionError.getStyleClass().add(Styles.DANGER);
        retentionError.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        retentionError.descriptionProperty().bind(viewModel.errorMessageProperty());
        retentionError.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        retentionError.managedProperty().bind(retentionError.visibleProperty());

        retentionSave.getStyleClass().add(Styles.ACCENT);
        retentionSave.setOnAction(e -> viewModel.save());
        retentionReload.setOnAction(e -> viewModel.refresh());
        retentionApply.setGraphic(new FontIcon(Feather.TRASH_2));
        retentionApply.setOnAction(e -> viewModel.applyNow());
        for (Button b : new Button[] {retentionSave, retentionApply}) {
            b.setVisible(viewModel.isAdmin());
            b.managedProperty().bind(b.visibleProperty());
            b.disableProperty().bind(viewModel.busyProperty().or(viewModel.loadedProperty().not()));
        }
        retentionReload.disableProperty().bind(viewModel.busyProperty());
    }

    public VBox root() {
        return root;
    }
}
