package org.smilefactory.ui.setup;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.Forms;
import org.smilefactory.ui.util.ViewLoader;

/** Binds Setup.fxml to its {@link SetupViewModel}. */
public final class SetupView {

    private final SetupViewModel viewModel;
    private final Parent root;

    @FXML private javafx.scene.layout.VBox setupCodeBox;
    @FXML private TextField setupCodeField;
    @FXML private Label setupCodeError;
    @FXML private TextField hubNameField;
    @FXML private ComboBox<String> timeZoneBox;
    @FXML private TextField firstNameField;
    @FXML private TextField lastNameField;
    @FXML private TextField emailField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField confirmField;
    @FXML private Label hubNameError;
    @FXML private Label timeZoneError;
    @FXML private Label firstNameError;
    @FXML private Label lastNameError;
    @FXML private Label emailError;
    @FXML private Label passwordError;
    @FXML private Label confirmError;
    @FXML private Message errorBanner;
    @FXML private ProgressIndicator progress;
    @FXML private Label progressLabel;
    @FXML private Button submitButton;

    public SetupView(SetupViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this, "Setup.fxml", l10n);
    }

    @FXML
    private void initialize() {
        setupCodeBox.setVisible(viewModel.setupCodeNeeded());
        setupCodeBox.setManaged(viewModel.setupCodeNeeded());
        setupCodeField.textProperty().bindBidirectional(viewModel.setupCodeProperty());
        Forms.bindError(setupCodeField, setupCodeError, viewModel.errors().of("setupCode"));
        hubNameField.textProperty().bindBidirectional(viewModel.hubNameProperty());
        timeZoneBox.setItems(viewModel.timeZones());
        timeZoneBox.valueProperty().bindBidirectional(viewModel.timeZoneProperty());
        firstNameField.textProperty().bindBidirectional(viewModel.firstNameProperty());
        lastNameField.textProperty().bindBidirectional(viewModel.lastNameProperty());
        emailField.textProperty().bindBidirectional(viewModel.emailProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        confirmField.textProperty().bindBidirectional(viewModel.confirmPasswordProperty());

        Forms.bindError(hubNameField, hubNameError, viewModel.errors().of("hubName"));
        Forms.bindError(timeZoneBox, timeZoneError, viewModel.errors().of("timeZone"));
        Forms.bindError(firstNameField, firstNameError, viewModel.errors().of("adminFirstName"));
        Forms.bindError(lastNameField, lastNameError, viewModel.errors().of("adminLastName"));
        Forms.bindError(emailField, emailError, viewModel.errors().of("adminEmail"));
        Forms.bindError(passwordField, passwordError, viewModel.errors().of("adminPassword"));
        Forms.bindError(confirmField, confirmError, viewModel.errors().of("confirmPassword"));

        errorBanner.getStyleClass().add(Styles.DANGER);
        errorBanner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        errorBanner.descriptionProperty().bind(viewModel.errorMessageProperty());
        errorBanner.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());

        viewModel.errorMessageProperty().addListener((obs, old, now) -> focusFirstError());
        viewModel.errors().of("confirmPassword").addListener((obs, old, now) -> focusFirstError());

        progress.visibleProperty().bind(viewModel.busyProperty());
        progressLabel.visibleProperty().bind(viewModel.busyProperty());
        submitButton.getStyleClass().add(Styles.ACCENT);
        submitButton.setGraphic(new FontIcon(Feather.CHECK));
        submitButton.disableProperty().bind(viewModel.busyProperty());
        submitButton.setOnAction(e -> viewModel.submit());
    }

    /** After a failed attempt, put the cursor where the first problem is. */
    private void focusFirstError() {
        String[] fields = {"setupCode", "hubName", "timeZone", "adminFirstName", "adminLastName", "adminEmail", "adminPassword",
            "confirmPassword"};
        javafx.scene.Node[] inputs = {setupCodeField, hubNameField, timeZoneBox, firstNameField, lastNameField, emailField,
            passwordField, confirmField};
        for (int i = 0; i < fields.length; i++) {
            if (!viewModel.errors().of(fields[i]).get().isEmpty()) {
                inputs[i].requestFocus();
                return;
            }
        }
    }

    public Parent root() {
        return root;
    }

    public void focusFirstField() {
        (viewModel.setupCodeNeeded() ? setupCodeField : hubNameField).requestFocus();
    }
}
