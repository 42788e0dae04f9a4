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
        this.l10nRef = l10n;
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
        codePaths(l10nRef);
    }

    private final Localization l10nRef;

    /** "Have an invite code?" and "Forgot password?" below the form (decision 0024). */
    private void codePaths(Localization l10n) {
        javafx.scene.layout.VBox card = (javafx.scene.layout.VBox) signInButton.getParent().getParent();
        javafx.scene.control.Hyperlink invite = new javafx.scene.control.Hyperlink(l10n.get("signin.invite.link"));
        invite.setId("inviteCodeLink");
        invite.setOnAction(e -> viewModel.openCode(SignInViewModel.CodeMode.INVITE));
        javafx.scene.control.Hyperlink forgot = new javafx.scene.control.Hyperlink(l10n.get("signin.forgot.link"));
        forgot.setId("forgotPasswordLink");
        forgot.setOnAction(e -> viewModel.openCode(SignInViewModel.CodeMode.RESET));
        javafx.scene.layout.HBox links = new javafx.scene.layout.HBox(12, invite, forgot);

        Label explain = new Label();
        explain.setId("codeExplanation");
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        explain.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.codeModeProperty().get() == SignInViewModel.CodeMode.RESET ? l10n.get("signin.forgot.explain")
                        : l10n.get("signin.invite.explain"), viewModel.codeModeProperty()));
        TextField codeField = new TextField();
        codeField.setId("codeField");
        codeField.setPromptText("XXXX-XXXX-XXXX");
        codeField.textProperty().bindBidirectional(viewModel.codeProperty());
        PasswordField newPassword = new PasswordField();
        newPassword.setId("codeNewPassword");
        newPassword.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        Button submit = new Button(l10n.get("signin.code.submit"));
        submit.setId("codeSubmit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.disableProperty().bind(viewModel.busyProperty());
        submit.setOnAction(e -> viewModel.submitCode());
        Button back = new Button(l10n.get("signin.code.back"));
        back.setId("codeBack");
        back.setOnAction(e -> viewModel.openCode(SignInViewModel.CodeMode.NONE));
        javafx.scene.layout.VBox codeBox = new javafx.scene.layout.VBox(6, explain, new Label(l10n.get("signin.code.field")),
                codeField, new Label(l10n.get("signin.code.newPassword")), newPassword,
                new javafx.scene.layout.HBox(8, submit, back));
        codeBox.setId("codeBox");
        codeBox.visibleProperty().bind(viewModel.codeModeProperty().isNotEqualTo(SignInViewModel.CodeMode.NONE));
        codeBox.managedProperty().bind(codeBox.visibleProperty());
        Label info = new Label();
        info.setId("codeInfo");
        info.setWrapText(true);
        info.getStyleClass().add(Styles.SUCCESS);
        info.textProperty().bind(viewModel.infoMessageProperty());
        info.visibleProperty().bind(viewModel.infoMessageProperty().isNotEmpty());
        info.managedProperty().bind(info.visibleProperty());
        card.getChildren().addAll(info, links, codeBox);
    }

    public Parent root() {
        return root;
    }

    public void focusFirstField() {
        emailField.requestFocus();
    }
}
