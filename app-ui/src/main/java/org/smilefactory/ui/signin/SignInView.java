package org.smilefactory.ui.signin;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.ViewLoader;

/** Binds SignIn.fxml to its {@link SignInViewModel}. Enter submits (the sign-in button is the default). */
public final class SignInView {

    private final SignInViewModel viewModel;
    private final Parent root;

    @FXML private Label logo;
    @FXML private Label titleLabel;
    @FXML private TextField emailField;
    @FXML private PasswordField passwordField;
    @FXML private Message errorBanner;
    @FXML private ProgressIndicator progress;
    @FXML private Button signInButton;

    public SignInView(SignInViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this, "SignIn.fxml", l10n);
    }

    @FXML
    private void initialize() {
        logo.setGraphic(new FontIcon(Feather.SMILE));
        titleLabel.setText(viewModel.title());
        emailField.textProperty().bindBidirectional(viewModel.emailProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());

        errorBanner.getStyleClass().add(Styles.DANGER);
        errorBanner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        errorBanner.descriptionProperty().bind(viewModel.errorMessageProperty());
        errorBanner.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());
        // After a failed attempt the password was cleared: put the cursor back there.
        viewModel.errorMessageProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                passwordField.requestFocus();
            }
        });

        progress.visibleProperty().bind(viewModel.busyProperty());
        signInButton.getStyleClass().add(Styles.ACCENT);
        signInButton.setGraphic(new FontIcon(Feather.LOG_IN));
        signInButton.disableProperty().bind(viewModel.busyProperty());
        signInButton.setOnAction(e -> viewModel.signIn());
    }

    public Parent root() {
        return root;
    }

    public void focusFirstField() {
        emailField.requestFocus();
    }
}
