package org.smilefactory.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.theme.ThemeManager;
import org.smilefactory.ui.util.ViewLoader;

/**
 * Binds Main.fxml to {@link MainViewModel}: the navigation list, the area in the centre (created on
 * first visit and kept, so an area keeps its scroll position and unsaved input), and the window-wide
 * shortcuts (Ctrl+1..9 areas, Ctrl+F find, Ctrl+S save, Ctrl+K the top bar's search).
 */
public final class MainView {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** The top bar's search (Ctrl+F stays with the areas' own find). */
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ASSISTANT = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel viewModel;
    private final Localization l10n;
    private final ThemeManager theme;
    private final Function<Area, AreaView> areaFactory;
    private final Map<Area, AreaView> areaViews = new EnumMap<>(Area.class);
    private final BorderPane root;
    private final EventHandler<KeyEvent> shortcuts = this::onKey;
    private Runnable focusSearch;
    private Runnable toggleAssistant;
    private final Map<KeyCombination, Runnable> extraShortcuts = new java.util.LinkedHashMap<>();

    @FXML private Label hubLogo;
    @FXML private Label hubNameLabel;
    @FXML private Label memberLabel;
    @FXML private Label roleBadge;
    @FXML private Button themeButton;
    @FXML private Button signOutButton;
    @FXML private ListView<Area> navList;
    @FXML private StackPane content;
    @FXML private StackPane searchSlot;
    @FXML private Label statusLabel;
    @FXML private Label reachabilityLabel;
    @FXML private Label timeZoneLabel;

    public MainView(MainViewModel viewModel, Localization l10n, ThemeManager theme,
                    Function<Area, AreaView> areaFactory) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.theme = theme;
        this.areaFactory = areaFactory;
        this.root = ViewLoader.load(this, "Main.fxml", l10n);
    }

    @FXML
    private void initialize() {
        hubLogo.setGraphic(new FontIcon(Feather.SMILE));
        hubNameLabel.textProperty().bind(viewModel.hubNameProperty());
        memberLabel.setText(viewModel.memberName());
        memberLabel.setGraphic(new FontIcon(Feather.USER));
        roleBadge.setText(viewModel.memberRole());
        roleBadge.setVisible(viewModel.isStaff());
        roleBadge.setManaged(viewModel.isStaff());

        themeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        themeButton.setTooltip(new Tooltip(l10n.get("main.theme.tooltip")));
        themeButton.setOnAction(e -> theme.toggle());
        updateThemeIcon();
        theme.darkProperty().addListener((obs, was, is) -> updateThemeIcon());

        signOutButton.getStyleClass().add(Styles.FLAT);
        signOutButton.setGraphic(new FontIcon(Feather.LOG_OUT));
        signOutButton.disableProperty().bind(viewModel.signingOutProperty());
        signOutButton.setOnAction(e -> viewModel.signOut());

        navList.setItems(viewModel.areas());
        navList.setCellFactory(list -> new AreaCell());
        navList.getSelectionModel().select(viewModel.selectedAreaProperty().get());
        navList.getSelectionModel().selectedItemProperty().addListener((obs, old, area) -> {
            if (area != null) {
                viewModel.selectedAreaProperty().set(area);
            }
        });
        viewModel.selectedAreaProperty().addListener((obs, old, area) -> {
            navList.getSelectionModel().select(area);
            show(area);
        });
        show(viewModel.selectedAreaProperty().get());

        statusLabel.textProperty().bind(viewModel.statusTextProperty());
        statusLabel.setGraphic(new FontIcon(Feather.DATABASE));
        reachabilityLabel.textProperty().bind(viewModel.reachabilityText());
        reachabilityLabel.visibleProperty().bind(viewModel.reachableProperty().isNotNull());
        reachabilityLabel.managedProperty().bind(reachabilityLabel.visibleProperty());
        viewModel.reachableProperty().addListener((obs, was, is) -> {
            boolean up = Boolean.TRUE.equals(is);
            reachabilityLabel.setGraphic(new FontIcon(up ? Feather.WIFI : Feather.WIFI_OFF));
            reachabilityLabel.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            reachabilityLabel.getStyleClass().add(up ? Styles.SUCCESS : Styles.DANGER);
        });
        // Poll a server-backed hub every 15 s while this window is shown; a pause between polls is
        // fine, the member sees the last known state.
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.seconds(15), e -> {
            if (isOnShow(reachabilityLabel)) {
                viewModel.checkReachable();
            } else {
                poll.stop();
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        reachabilityLabel.sceneProperty().addListener((obs, oldScene, newScene) -> {
            if (newScene == null) {
                poll.stop();
            } else {
                poll.play();
            }
        });
        timeZoneLabel.textProperty().bind(viewModel.timeZoneProperty());
        timeZoneLabel.setGraphic(new FontIcon(Feather.CLOCK));

        // Shortcuts belong to the scene (focus may be anywhere), but only while this window is shown.
        navList.sceneProperty().addListener((obs, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (newScene != null) {
                newScene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
        });
    }

    private void updateThemeIcon() {
        themeButton.setGraphic(new FontIcon(theme.isDark() ? Feather.SUN : Feather.MOON));
    }

    private void show(Area area) {
        AreaView view = areaViews.computeIfAbsent(area, areaFactory);
        content.getChildren().setAll(view.root());
        view.onShown();
    }

    /** Puts the global search box in the top bar; Ctrl+K runs {@code focus}. */
    public void installSearch(javafx.scene.Node searchBox, Runnable focus) {
        searchSlot.getChildren().setAll(searchBox);
        this.focusSearch = focus;
    }

    /** Docks the AI assistant at the right of every area; a top-bar button and Ctrl+J show and hide it. */
    public void installAssistant(javafx.scene.Node panel, Runnable onShown) {
        Button button = new Button(null, new FontIcon(Feather.MESSAGE_CIRCLE));
        button.setId("assistantToggle");
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(l10n.get("main.assistant.tooltip")));
        toggleAssistant = () -> {
            if (root.getRight() == panel) {
                root.setRight(null);
            } else {
                root.setRight(panel);
                onShown.run();
            }
        };
        button.setOnAction(e -> toggleAssistant.run());
        HBox topBar = (HBox) root.getTop();
        topBar.getChildren().add(topBar.getChildren().indexOf(memberLabel), button);
    }

    /** A window-wide shortcut of a part that is not an area (e.g. Ctrl+Shift+O, work offline). */
    public void addShortcut(KeyCombination combination, Runnable action) {
        extraShortcuts.put(combination, action);
    }

    /** Adds controls to the status bar, after the connection details. */
    public void addToStatusBar(javafx.scene.Node... nodes) {
        HBox bar = (HBox) statusLabel.getParent();
        bar.getChildren().addAll(bar.getChildren().indexOf(reachabilityLabel) + 1, java.util.List.of(nodes));
    }

    /** Shows {@code banner} above every area (it hides itself when it has nothing to say). */
    public void installBanner(javafx.scene.Node banner) {
        javafx.scene.layout.VBox column = new javafx.scene.layout.VBox(banner, content);
        javafx.scene.layout.VBox.setVgrow(content, Priority.ALWAYS);
        // the areas scroll: the column must never ask the window for more height than it has
        column.setMinHeight(0);
        content.setMinHeight(0);
        javafx.scene.layout.VBox.setMargin(banner, new javafx.geometry.Insets(12, 16, 0, 16));
        root.setCenter(column);
    }

    private void onKey(KeyEvent event) {
        for (Map.Entry<KeyCombination, Runnable> shortcut : extraShortcuts.entrySet()) {
            if (shortcut.getKey().match(event)) {
                shortcut.getValue().run();
                event.consume();
                return;
            }
        }
        if (focusSearch != null && SEARCH.match(event)) {
            focusSearch.run();
            event.consume();
            return;
        }
        if (toggleAssistant != null && ASSISTANT.match(event)) {
            toggleAssistant.run();
            event.consume();
            return;
        }
        if (event.isShortcutDown() && !event.isShiftDown() && !event.isAltDown()) {
            int number = digit(event.getCode());
            if (number > 0) {
                viewModel.selectByNumber(number);
                event.consume();
                return;
            }
        }
        AreaView current = areaViews.get(viewModel.selectedAreaProperty().get());
        if (current == null) {
            return;
        }
        if (FIND.match(event) && current.onShortcut(AreaView.Shortcut.FIND)) {
            event.consume();
        } else if (SAVE.match(event) && current.onShortcut(AreaView.Shortcut.SAVE)) {
            event.consume();
        } else if (NEW.match(event) && current.onShortcut(AreaView.Shortcut.NEW)) {
            event.consume();
        }
    }

    private static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            case DIGIT7, NUMPAD7 -> 7;
            case DIGIT8, NUMPAD8 -> 8;
            case DIGIT9, NUMPAD9 -> 9;
            default -> 0;
        };
    }

    public BorderPane root() {
        return root;
    }

    /** Adds a control to the top bar, just before the member's name (e.g. the notification bell). */
    public void addToTopBar(javafx.scene.Node node) {
        HBox bar = (HBox) memberLabel.getParent();
        bar.getChildren().add(bar.getChildren().indexOf(memberLabel), node);
    }

    /** A navigation entry: icon, name, and its Ctrl+n shortcut as a quiet hint. */
    private final class AreaCell extends ListCell<Area> {
        private final Label name = new Label();
        private final Label shortcut = new Label();
        private final HBox box = new HBox(10, name, shortcut);

        AreaCell() {
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            shortcut.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "nav-shortcut");
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Area area, boolean empty) {
            super.updateItem(area, empty);
            if (empty || area == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(l10n.get(area.key()));
            FontIcon icon = new FontIcon(AreaIcons.of(area));
            icon.getStyleClass().add("nav-icon");
            name.setGraphic(icon);
            int index = getIndex() + 1;
            shortcut.setText(index <= 9 ? l10n.format("main.nav.shortcut", index) : "");
            name.getStyleClass().remove("nav-unbuilt");
            if (!area.isBuilt()) {
                name.getStyleClass().add("nav-unbuilt");
            }
            setText(null);
            setGraphic(box);
        }
    }

    /** Whether the node is part of the scene its window shows now (not a replaced or closed one). */
    private static boolean isOnShow(javafx.scene.Node node) {
        javafx.scene.Scene scene = node.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing()
                && scene.getWindow().getScene() == scene;
    }
}
