package org.smilefactory.ui.kiosk;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.ui.l10n.Localization;

/**
 * The kiosk sign-in of one event: the event's title large, the kiosk account's email and password,
 * and what is wrong (a bad id, no kiosk for it, another event's account) in place of a sign-in.
 */
public final class KioskSignInView {

    private final KioskSignInViewModel viewModel;
    private final StackPane root = new StackPane();
    private final TextField email = new TextField();

    public KioskSignInView(KioskSignInViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        root.setId("kioskSignIn");
        root.getStyleClass().add("kiosk-sign-in");

        Label kicker = new Label(l10n.get("kiosk.signIn.kicker"), new FontIcon(Feather.MONITOR));
        kicker.getStyleClass().add(Styles.TEXT_MUTED);
        Label title = new Label();
        title.setId("kioskSignInEvent");
        title.getStyleClass().add(Styles.TITLE_1);
        title.setWrapText(true);
        title.textProperty().bind(viewModel.eventTitleProperty());
        title.managedProperty().bind(title.textProperty().isNotEmpty());
        Label when = new Label();
        when.setId("kioskSignInWhen");
        when.setWrapText(true);
        when.textProperty().bind(viewModel.eventWhenProperty());
        when.managedProperty().bind(when.textProperty().isNotEmpty());

        Label progressText = new Label();
        progressText.setId("kioskSignInProgress");
        progressText.textProperty().bind(viewModel.progressMessageProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        HBox progress = new HBox(8, spinner, progressText);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(viewModel.progressMessageProperty().isNotEmpty().or(viewModel.busyProperty()));
        progress.managedProperty().bind(progress.visibleProperty());

        Message error = new Message();
        error.setId("kioskSignInError");
        error.getStyleClass().add(Styles.DANGER);
        error.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        error.descriptionProperty().bind(viewModel.errorMessageProperty());
        error.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        email.setId("kioskEmailField");
        email.setPromptText(l10n.get("kiosk.signIn.email"));
        email.textProperty().bindBidirectional(viewModel.emailProperty());
        PasswordField password = new PasswordField();
        password.setId("kioskPasswordField");
        password.setPromptText(l10n.get("kiosk.signIn.password"));
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        Button signIn = new Button(l10n.get("kiosk.signIn.submit"), new FontIcon(Feather.LOG_IN));
        signIn.setId("kioskSignInButton");
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setDefaultButton(true);
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.disableProperty().bind(viewModel.busyProperty());
        signIn.setOnAction(e -> viewModel.signIn());
        Label help = new Label(l10n.get("kiosk.signIn.help"));
        help.getStyleClass().add(Styles.TEXT_SMALL);
        help.setWrapText(true);
        VBox form = new VBox(8, new Label(l10n.get("kiosk.signIn.email")), email,
                new Label(l10n.get("kiosk.signIn.password")), password, signIn, help);
        form.visibleProperty().bind(viewModel.canSignInProperty());
        form.managedProperty().bind(form.visibleProperty());

        VBox card = new VBox(14, kicker, title, when, progress, error, form);
        card.getStyleClass().add("screen-card");
        card.setPrefWidth(460);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        viewModel.canSignInProperty().addListener((obs, was, now) -> {
            if (now) {
                email.requestFocus();
            }
        });
    }

    public Parent root() {
        return root;
    }

    public void focusFirstField() {
        email.requestFocus();
    }
}
