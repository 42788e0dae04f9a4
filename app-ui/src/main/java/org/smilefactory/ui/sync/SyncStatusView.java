package org.smilefactory.ui.sync;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.sync.ConnectionState;
import org.smilefactory.ui.l10n.Localization;

/**
 * The three pieces of online / offline on screen: the state button in the top bar (with the commands),
 * the details in the status bar (progress, pending and held changes, last sync, why offline), and the
 * banner above the areas when the connection dropped without being asked to.
 */
public final class SyncStatusView {

    public static final KeyCombination TOGGLE_ONLINE =
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SYNC_NOW =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination HELD_CHANGES =
            new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private static final String[] STATE_CLASSES = {"sync-online", "sync-offline", "sync-syncing"};

    private final SyncStatusViewModel viewModel;
    private final Localization l10n;
    private final Runnable openHeldChanges;
    private final MenuButton stateButton = new MenuButton();
    private final HBox statusSegment = new HBox(10);
    private final HBox banner = new HBox(12);

    public SyncStatusView(SyncStatusViewModel viewModel, Localization l10n, Runnable openHeldChanges) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.openHeldChanges = openHeldChanges;
        buildStateButton();
        buildStatusSegment();
        buildBanner();
        viewModel.stateProperty().addListener((obs, old, now) -> showState(now));
        showState(viewModel.stateProperty().get());
    }

    private void buildStateButton() {
        stateButton.setId("syncStateButton");
        stateButton.getStyleClass().addAll("sync-state", Styles.SMALL);
        stateButton.textProperty().bind(Bindings.createStringBinding(() -> viewModel.stateTextProperty().get().isEmpty()
                ? l10n.get("offline.command.menu") : viewModel.stateTextProperty().get(), viewModel.stateTextProperty()));
        stateButton.setTooltip(new Tooltip(l10n.get("offline.command.tooltip")));
        stateButton.setMinWidth(Region.USE_PREF_SIZE);

        MenuItem toggle = new MenuItem();
        toggle.setId("toggleOnlineItem");
        toggle.textProperty().bind(viewModel.toggleTextProperty());
        toggle.setAccelerator(TOGGLE_ONLINE);
        toggle.disableProperty().bind(viewModel.busyProperty());
        toggle.setOnAction(e -> viewModel.toggleOnline());
        viewModel.offlineProperty().addListener((obs, was, is) ->
                toggle.setGraphic(new FontIcon(is ? Feather.WIFI : Feather.WIFI_OFF)));
        toggle.setGraphic(new FontIcon(Feather.WIFI_OFF));

        MenuItem syncNow = new MenuItem(l10n.get("offline.command.syncNow"), new FontIcon(Feather.REFRESH_CW));
        syncNow.setId("syncNowItem");
        syncNow.setAccelerator(SYNC_NOW);
        syncNow.disableProperty().bind(viewModel.busyProperty());
        syncNow.setOnAction(e -> viewModel.syncNow());

        MenuItem held = new MenuItem(l10n.get("offline.command.heldChanges"), new FontIcon(Feather.ALERT_TRIANGLE));
        held.setId("heldChangesItem");
        held.setAccelerator(HELD_CHANGES);
        held.setOnAction(e -> openHeldChanges.run());

        stateButton.getItems().addAll(toggle, syncNow, new SeparatorMenuItem(), held);
    }

    private void buildStatusSegment() {
        statusSegment.setId("syncStatus");
        statusSegment.setAlignment(Pos.CENTER_LEFT);
        statusSegment.getStyleClass().add("sync-status");

        ProgressBar progress = new ProgressBar();
        progress.setId("syncProgress");
        progress.getStyleClass().add(Styles.SMALL);
        progress.setPrefWidth(120);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.syncingProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Label detail = new Label();
        detail.setId("syncDetailLabel");
        detail.textProperty().bind(viewModel.detailTextProperty());
        detail.setMinWidth(0);
        Tooltip why = new Tooltip();
        why.textProperty().bind(viewModel.detailTooltipProperty());
        viewModel.detailTooltipProperty().addListener((obs, old, now) -> detail.setTooltip(now.isEmpty() ? null : why));

        Label pending = new Label(null, new FontIcon(Feather.UPLOAD_CLOUD));
        pending.setId("syncPendingLabel");
        pending.textProperty().bind(viewModel.pendingTextProperty());
        pending.visibleProperty().bind(viewModel.pendingProperty().greaterThan(0));
        pending.managedProperty().bind(pending.visibleProperty());

        Button attention = new Button(null, new FontIcon(Feather.ALERT_TRIANGLE));
        attention.setId("syncAttentionButton");
        attention.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.DANGER, "sync-attention");
        attention.textProperty().bind(viewModel.attentionTextProperty());
        attention.visibleProperty().bind(viewModel.needsAttentionProperty().greaterThan(0));
        attention.managedProperty().bind(attention.visibleProperty());
        attention.setOnAction(e -> openHeldChanges.run());
        attention.setTooltip(new Tooltip(l10n.get("offline.command.heldChanges")));

        statusSegment.getChildren().addAll(progress, detail, pending, attention);
    }

    /** An AtlantaFX Message has no action slot in 2.0: the same look, built with a Try again button. */
    private void buildBanner() {
        banner.setId("syncBanner");
        banner.getStyleClass().add("sync-banner");
        banner.setAlignment(Pos.TOP_LEFT);
        FontIcon icon = new FontIcon(Feather.WIFI_OFF);
        icon.getStyleClass().add("sync-banner-icon");
        Label title = new Label();
        title.setId("syncBannerTitle");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(viewModel.bannerTitleProperty());
        Label text = new Label();
        text.setId("syncBannerText");
        text.setWrapText(true);
        // a wrapping label asks for its height at its narrowest otherwise, and the window overflows
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        text.textProperty().bind(viewModel.bannerTextProperty());
        VBox words = new VBox(4, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        words.setMinWidth(0);
        Button tryAgain = new Button(l10n.get("offline.banner.tryAgain"), new FontIcon(Feather.REFRESH_CW));
        tryAgain.setId("syncTryAgainButton");
        tryAgain.getStyleClass().add(Styles.SMALL);
        tryAgain.disableProperty().bind(viewModel.busyProperty());
        tryAgain.visibleProperty().bind(viewModel.offlineProperty());
        tryAgain.managedProperty().bind(tryAgain.visibleProperty());
        tryAgain.setOnAction(e -> viewModel.goOnline());
        tryAgain.setMinWidth(Region.USE_PREF_SIZE);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("syncBannerClose");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setTooltip(new Tooltip(l10n.get("offline.banner.close")));
        close.setOnAction(e -> viewModel.dismissBanner());
        banner.getChildren().addAll(icon, words, tryAgain, close);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.visibleProperty().bind(viewModel.bannerTextProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
    }

    private void showState(ConnectionState state) {
        stateButton.getStyleClass().removeAll(STATE_CLASSES);
        if (state == null) {
            stateButton.setGraphic(new FontIcon(Feather.WIFI));
            return;
        }
        switch (state) {
            case ONLINE -> {
                stateButton.getStyleClass().add("sync-online");
                stateButton.setGraphic(new FontIcon(Feather.WIFI));
            }
            case OFFLINE -> {
                stateButton.getStyleClass().add("sync-offline");
                stateButton.setGraphic(new FontIcon(Feather.WIFI_OFF));
            }
            case SYNCING -> {
                stateButton.getStyleClass().add("sync-syncing");
                stateButton.setGraphic(new FontIcon(Feather.REFRESH_CW));
            }
        }
    }

    /** For the status bar, first: the state with the commands. */
    public Node stateButton() {
        return stateButton;
    }

    /** For the status bar. */
    public Node statusSegment() {
        return statusSegment;
    }

    /** Above the areas. */
    public Node banner() {
        return banner;
    }
}
