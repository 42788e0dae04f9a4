package org.smilefactory.ui.admin;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.backup.BackupInfo;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.ViewLoader;

/** The Backups card in Admin: a thin binder over {@link BackupViewModel}. */
public final class BackupView {

    private final BackupViewModel viewModel;
    private final Localization l10n;
    private final VBox root;

    @FXML private Label backupIcon;
    @FXML private Label backupSummaryLabel;
    @FXML private Label backupUnavailableLabel;
    @FXML private Label backupServerRestoreLabel;
    @FXML private ListView<BackupInfo> backupList;
    @FXML private VBox backupProgressBox;
    @FXML private ProgressBar backupProgressBar;
    @FXML private Label backupStepLabel;
    @FXML private Message backupResultBanner;
    @FXML private Message backupErrorBanner;
    @FXML private Button backUpNowButton;
    @FXML private Button restoreButton;

    public BackupView(BackupViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.root = ViewLoader.load(this, "Backup.fxml", l10n);
    }

    @FXML
    private void initialize() {
        backupIcon.setGraphic(new FontIcon(Feather.ARCHIVE));
        backupSummaryLabel.textProperty().bind(viewModel.summaryProperty());
        backupSummaryLabel.visibleProperty().bind(viewModel.availableProperty());
        backupUnavailableLabel.visibleProperty().bind(viewModel.checkedProperty().and(viewModel.availableProperty().not()));
        backupServerRestoreLabel.visibleProperty().bind(viewModel.availableProperty().and(viewModel.restoreInAppProperty().not()));
        for (Label l : new Label[] {backupSummaryLabel, backupUnavailableLabel, backupServerRestoreLabel}) {
            l.managedProperty().bind(l.visibleProperty());
        }

        backupList.setItems(viewModel.backups());
        backupList.setPlaceholder(new Label(l10n.get("backup.none")));
        backupList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(BackupInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : l10n.format("backup.item", viewModel.when(item),
                        BackupViewModel.size(item.sizeBytes()), item.rows(), item.name()));
            }
        });
        backupList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> backupList.getSelectionModel().select(now));
        backupList.visibleProperty().bind(viewModel.availableProperty());
        backupList.managedProperty().bind(backupList.visibleProperty());

        backupProgressBox.visibleProperty().bind(viewModel.runningProperty());
        backupProgressBox.managedProperty().bind(backupProgressBox.visibleProperty());
        backupProgressBar.progressProperty().bind(viewModel.progressProperty());
        backupStepLabel.textProperty().bind(viewModel.stepProperty());

        backupResultBanner.getStyleClass().add(Styles.SUCCESS);
        backupResultBanner.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        backupResultBanner.descriptionProperty().bind(viewModel.resultMessageProperty());
        backupResultBanner.visibleProperty().bind(viewModel.resultMessageProperty().isNotEmpty());
        backupResultBanner.managedProperty().bind(backupResultBanner.visibleProperty());
        backupErrorBanner.getStyleClass().add(Styles.DANGER);
        backupErrorBanner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        backupErrorBanner.descriptionProperty().bind(viewModel.errorMessageProperty());
        backupErrorBanner.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        backupErrorBanner.managedProperty().bind(backupErrorBanner.visibleProperty());

        backUpNowButton.getStyleClass().add(Styles.ACCENT);
        backUpNowButton.setGraphic(new FontIcon(Feather.SAVE));
        backUpNowButton.disableProperty().bind(viewModel.runningProperty().or(viewModel.availableProperty().not()));
        backUpNowButton.setOnAction(e -> viewModel.backUpNow());
        restoreButton.setGraphic(new FontIcon(Feather.ROTATE_CCW));
        restoreButton.disableProperty().bind(viewModel.runningProperty().or(viewModel.selectedProperty().isNull()));
        restoreButton.visibleProperty().bind(viewModel.availableProperty().and(viewModel.restoreInAppProperty()));
        restoreButton.managedProperty().bind(restoreButton.visibleProperty());
        restoreButton.setOnAction(e -> viewModel.restoreSelected());
    }

    public VBox root() {
        return root;
    }
}
