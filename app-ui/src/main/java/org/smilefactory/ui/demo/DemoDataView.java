package org.smilefactory.ui.demo;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.ViewLoader;

/**
 * The "Load demo community" card, used on the Dashboard and in Admin. It shows itself only when it has
 * something to offer or report (staff, empty hub, a run in progress or just finished).
 */
public final class DemoDataView {

    private final DemoDataViewModel viewModel;
    private final Localization l10n;
    private final VBox root;
    private final BooleanBinding relevant;

    @FXML private Label icon;
    @FXML private Label demoTitleLabel;
    @FXML private Label descriptionLabel;
    @FXML private VBox progressBox;
    @FXML private ProgressBar demoProgressBar;
    @FXML private Label stepLabel;
    @FXML private Message resultBanner;
    @FXML private Message demoErrorBanner;
    @FXML private Button demoStartButton;
    @FXML private Button demoCancelButton;

    public DemoDataView(DemoDataViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.root = ViewLoader.load(this, "DemoData.fxml", l10n);
        this.relevant = viewModel.availableProperty()
                .or(viewModel.runningProperty())
                .or(viewModel.resultMessageProperty().isNotEmpty())
                .or(viewModel.errorMessageProperty().isNotEmpty());
    }

    @FXML
    private void initialize() {
        icon.setGraphic(new FontIcon(Feather.USERS));
        demoTitleLabel.setText(l10n.format("demo.title", viewModel.memberCount()));
        descriptionLabel.setText(l10n.get("demo.description"));

        progressBox.visibleProperty().bind(viewModel.runningProperty());
        progressBox.managedProperty().bind(progressBox.visibleProperty());
        demoProgressBar.progressProperty().bind(viewModel.progressProperty());
        stepLabel.textProperty().bind(viewModel.stepProperty());

        resultBanner.getStyleClass().add(Styles.SUCCESS);
        resultBanner.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        resultBanner.descriptionProperty().bind(viewModel.resultMessageProperty());
        resultBanner.visibleProperty().bind(viewModel.resultMessageProperty().isNotEmpty());
        resultBanner.managedProperty().bind(resultBanner.visibleProperty());

        demoErrorBanner.getStyleClass().add(Styles.DANGER);
        demoErrorBanner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        demoErrorBanner.descriptionProperty().bind(viewModel.errorMessageProperty());
        demoErrorBanner.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        demoErrorBanner.managedProperty().bind(demoErrorBanner.visibleProperty());

        demoStartButton.setText(l10n.format("demo.start", viewModel.memberCount()));
        demoStartButton.getStyleClass().add(Styles.ACCENT);
        demoStartButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
        demoStartButton.visibleProperty().bind(viewModel.availableProperty().and(viewModel.runningProperty().not()));
        demoStartButton.managedProperty().bind(demoStartButton.visibleProperty());
        demoStartButton.setOnAction(e -> viewModel.start());

        demoCancelButton.setGraphic(new FontIcon(Feather.X));
        demoCancelButton.visibleProperty().bind(viewModel.runningProperty());
        demoCancelButton.managedProperty().bind(demoCancelButton.visibleProperty());
        demoCancelButton.disableProperty().bind(viewModel.cancellingProperty());
        demoCancelButton.setOnAction(e -> viewModel.cancel());
    }

    public VBox root() {
        return root;
    }

    /** True while the card has something to show; hosts bind their slot's visibility to it. */
    public BooleanBinding relevantProperty() {
        return relevant;
    }
}
