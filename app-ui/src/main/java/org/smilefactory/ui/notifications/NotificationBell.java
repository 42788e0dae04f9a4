package org.smilefactory.ui.notifications;

import atlantafx.base.controls.Popover;
import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.notifications.NotificationView;
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;

/**
 * The top bar's bell: a badge with the unread count (refreshed every {@link #POLL_SECONDS} s while
 * the window shows it) and, on click, a popup list of the newest notifications.
 */
public final class NotificationBell {

    static final double POLL_SECONDS = 10;

    private final NotificationsViewModel vm;
    private final Localization l10n;
    private final HubTime hubTime;
    private final StackPane root = new StackPane();
    private final Popover popover;

    public NotificationBell(NotificationsViewModel vm, Localization l10n) {
        this(vm, l10n, HubTime.systemDefault());
    }

    /** Notification times in the hub's zone. */
    public NotificationBell(NotificationsViewModel vm, Localization l10n, HubTime hubTime) {
        this.vm = vm;
        this.l10n = l10n;
        this.hubTime = hubTime;
        Button bell = new Button(null, new FontIcon(Feather.BELL));
        bell.setId("notificationBell");
        bell.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        bell.setTooltip(new Tooltip(l10n.get("notifications.tooltip")));
        bell.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> l10n.format("notifications.accessible", vm.unreadProperty().get()), vm.unreadProperty()));
        Label badge = new Label();
        badge.setId("notificationBadge");
        badge.setStyle("-fx-background-color: -color-danger-emphasis; -fx-text-fill: -color-fg-emphasis;"
                + " -fx-background-radius: 8; -fx-padding: 0 5 0 5; -fx-font-size: 0.75em; -fx-font-weight: bold;");
        badge.textProperty().bind(Bindings.createStringBinding(
                () -> vm.unreadProperty().get() > 99 ? "99+" : String.valueOf(vm.unreadProperty().get()), vm.unreadProperty()));
        badge.visibleProperty().bind(vm.unreadProperty().greaterThan(0));
        badge.setMouseTransparent(true);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        root.getChildren().addAll(bell, badge);
        root.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);

        popover = new Popover(popupContent());
        popover.setArrowLocation(Popover.ArrowLocation.TOP_RIGHT);
        popover.setDetachable(false);
        popover.setOnHidden(e -> vm.refreshCount());
        bell.setOnAction(e -> {
            vm.load();
            popover.show(bell);
        });

        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.seconds(POLL_SECONDS), e -> {
            var scene = root.getScene();
            if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing() && scene.getWindow().getScene() == scene) {
                vm.refreshCount();
            } else {
                // signed out or the window closed: this bell's session is over
                poll.stop();
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                poll.stop();
            } else {
                vm.refreshCount();
                poll.play();
            }
        });
    }

    private Node popupContent() {
        Label title = new Label(l10n.get("notifications.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Button markAll = new Button(l10n.get("notifications.markAllRead"));
        markAll.setId("markAllReadButton");
        markAll.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        markAll.disableProperty().bind(vm.unreadProperty().isEqualTo(0));
        markAll.setOnAction(e -> vm.markAllRead());
        HBox header = new HBox(8, title, new StackPane(), markAll);
        HBox.setHgrow(header.getChildren().get(1), Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<NotificationView> list = new ListView<>(vm.items());
        list.setId("notificationList");
        list.setPrefSize(380, 380);
        list.setPlaceholder(new Label(l10n.get("notifications.empty")));
        hubTime.zoneProperty().addListener((obs, old, zone) -> list.refresh());
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(NotificationView item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label head = new Label(item.title() == null ? l10n.label(item.type()) : item.title());
                head.setWrapText(true);
                if (item.unread()) {
                    head.getStyleClass().add(Styles.TEXT_BOLD);
                }
                VBox box = new VBox(2, head);
                if (item.body() != null && !item.body().isBlank()) {
                    Label body = new Label(item.body());
                    body.setWrapText(true);
                    body.setMaxHeight(40);
                    box.getChildren().add(body);
                }
                Label when = new Label(hubTime.timeOrDateTime(item.createdAt(), java.time.Clock.systemUTC()));
                when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                box.getChildren().add(when);
                box.setPrefWidth(340);
                setGraphic(box);
            }
        });
        list.setOnMouseClicked(e -> {
            NotificationView item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                list.getSelectionModel().clearSelection();
                popover.hide();
                vm.open(item);
            }
        });
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(vm.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        VBox content = new VBox(8, header, error, list);
        content.setPadding(new Insets(6));
        return content;
    }

    public Node root() {
        return root;
    }
}
