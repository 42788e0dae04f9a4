package org.smilefactory.ui.connect;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.Forms;
import org.smilefactory.ui.util.ViewLoader;

/** Binds Connection.fxml to its {@link ConnectionViewModel}; no logic of its own. */
public final class ConnectionView {

    private final ConnectionViewModel viewModel;
    private final Localization l10n;
    private final Parent root;

    @FXML private Label logo;
    @FXML private VBox embeddedOption;
    @FXML private VBox directOption;
    @FXML private VBox serverOption;
    @FXML private RadioButton embeddedChoice;
    @FXML private RadioButton directChoice;
    @FXML private RadioButton serverChoice;
    @FXML private Label dataFolderLabel;
    @FXML private GridPane directFields;
    @FXML private TextField jdbcUrlField;
    @FXML private Label jdbcUrlError;
    @FXML private TextField userField;
    @FXML private Label userError;
    @FXML private PasswordField passwordField;
    @FXML private Message errorBanner;
    @FXML private ProgressIndicator progress;
    @FXML private Label progressLabel;
    @FXML private Button openButton;
    @FXML private GridPane serverFields;
    @FXML private TextField serverUrlField;
    @FXML private Label serverUrlError;
    @FXML private CheckBox offlineCopyCheck;
    @FXML private Label offlineCopyHint;
    @FXML private CheckBox neededOnlyCheck;
    @FXML private Label atRestHint;

    public ConnectionView(ConnectionViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.root = ViewLoader.load(this, "Connection.fxml", l10n);
    }

    @FXML
    private void initialize() {
        logo.setGraphic(new FontIcon(Feather.SMILE));

        ToggleGroup choices = new ToggleGroup();
        embeddedChoice.setToggleGroup(choices);
        directChoice.setToggleGroup(choices);
        serverChoice.setToggleGroup(choices);
        embeddedChoice.setUserData(ConnectionMode.EMBEDDED);
        directChoice.setUserData(ConnectionMode.DIRECT);
        serverChoice.setUserData(ConnectionMode.SERVER);
        choices.selectToggle(switch (viewModel.modeProperty().get()) {
            case DIRECT -> directChoice;
            case SERVER -> serverChoice;
            case EMBEDDED -> embeddedChoice;
        });
        choices.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.modeProperty().set((ConnectionMode) now.getUserData());
            }
        });
        // The whole card is the click target, not just the small radio circle.
        embeddedOption.setOnMouseClicked(e -> embeddedChoice.setSelected(true));
        directOption.setOnMouseClicked(e -> {
            if (!directChoice.isSelected()) {
                directChoice.setSelected(true);
                jdbcUrlField.requestFocus();
            }
        });
        serverOption.setOnMouseClicked(e -> {
            if (!serverChoice.isSelected()) {
                serverChoice.setSelected(true);
                serverUrlField.requestFocus();
            }
        });
        bindSelected(embeddedOption, embeddedChoice);
        bindSelected(directOption, directChoice);
        bindSelected(serverOption, serverChoice);
        serverFields.visibleProperty().bind(viewModel.serverSelected());
        serverFields.managedProperty().bind(serverFields.visibleProperty());
        serverUrlField.textProperty().bindBidirectional(viewModel.serverUrlProperty());
        Forms.bindError(serverUrlField, serverUrlError, viewModel.errors().of("serverUrl"));
        offlineCopyCheck.selectedProperty().bindBidirectional(viewModel.offlineCopyProperty());
        offlineCopyHint.setText(l10n.format("offline.connect.keepCopy.hint", viewModel.replicaRoot()));
        neededOnlyCheck.selectedProperty().bindBidirectional(viewModel.neededOnlyProperty());
        neededOnlyCheck.disableProperty().bind(viewModel.offlineCopyProperty().not());
        neededOnlyCheck.setTooltip(new Tooltip(l10n.get("offline.connect.neededOnly.tooltip")));

        dataFolderLabel.setText(viewModel.dataFolder());
        dataFolderLabel.setGraphic(new FontIcon(Feather.FOLDER));

        directFields.visibleProperty().bind(viewModel.directSelected());
        directFields.managedProperty().bind(directFields.visibleProperty());
        jdbcUrlField.textProperty().bindBidirectional(viewModel.jdbcUrlProperty());
        userField.textProperty().bindBidirectional(viewModel.userProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        Forms.bindError(jdbcUrlField, jdbcUrlError, viewModel.errors().of("jdbcUrl"));
        Forms.bindError(userField, userError, viewModel.errors().of("user"));

        errorBanner.getStyleClass().add(Styles.DANGER);
        errorBanner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        errorBanner.descriptionProperty().bind(viewModel.errorMessageProperty());
        errorBanner.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());

        progress.visibleProperty().bind(viewModel.busyProperty());
        progressLabel.textProperty().bind(viewModel.progressMessageProperty());
        embeddedOption.disableProperty().bind(viewModel.busyProperty());
        directOption.disableProperty().bind(viewModel.busyProperty());
        serverOption.disableProperty().bind(viewModel.busyProperty());

        openButton.getStyleClass().add(Styles.ACCENT);
        openButton.setGraphic(new FontIcon(Feather.LOG_IN));
        openButton.disableProperty().bind(viewModel.canOpenProperty().not());
        openButton.setOnAction(e -> viewModel.open());
    }

    private static void bindSelected(VBox card, RadioButton choice) {
        card.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), choice.isSelected());
        choice.selectedProperty().addListener((obs, was, is) ->
                card.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), is));
    }

    public Parent root() {
        return root;
    }

    /** Enter opens the default choice at once: focus the button so the first key press works. */
    public void focusDefault() {
        openButton.requestFocus();
    }
}
