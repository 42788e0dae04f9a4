package org.smilefactory.ui.dialogs;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import atlantafx.base.util.Animations;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Alerts owned by the main window, and notifications shown in a layer of the window (an AtlantaFX
 * {@link Notification} in the bottom-right corner that goes away after a few seconds).
 */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Supplier<StackPane> notificationLayer;

    public FxDialogService(Supplier<Window> owner, Supplier<StackPane> notificationLayer) {
        this.owner = Objects.requireNonNull(owner);
        this.notificationLayer = Objects.requireNonNull(notificationLayer);
    }

    @Override
    public boolean confirm(String title, String message, String okLabel, String cancelLabel) {
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, cancel);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        alert.showAndWait();
    }

    @Override
    public void notify(String message) {
        show(message, Feather.CHECK_CIRCLE, Styles.SUCCESS, Duration.seconds(3));
    }

    @Override
    public void warn(String message) {
        show(message, Feather.ALERT_TRIANGLE, Styles.WARNING, Duration.seconds(6));
    }

    private void show(String message, Feather icon, String style, Duration shownFor) {
        StackPane layer = notificationLayer.get();
        if (layer == null) {
            return;
        }
        // one notice at a time in the corner: a newer one replaces the older instead of covering it
        layer.getChildren().removeIf(child -> child instanceof Notification);
        Notification notification = new Notification(message, new FontIcon(icon));
        notification.getStyleClass().addAll(style, Styles.ELEVATED_1);
        notification.setPrefWidth(360);
        notification.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        notification.setMouseTransparent(false);
        // Bottom right, above the status bar: the top bar's buttons (theme, sign out) stay clickable.
        StackPane.setAlignment(notification, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(notification, new Insets(0, 16, 44, 0));
        notification.setOnClose(e -> layer.getChildren().remove(notification));
        layer.getChildren().add(notification);
        Animations.fadeInUp(notification, Duration.millis(200)).playFromStart();
        PauseTransition linger = new PauseTransition(shownFor);
        linger.setOnFinished(e -> layer.getChildren().remove(notification));
        linger.play();
    }
}
