package org.smilefactory.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.ui.connect.BackendOpener;
import org.smilefactory.ui.connect.ConnectionMemory;
import org.smilefactory.ui.connect.ConnectionView;
import org.smilefactory.ui.connect.ConnectionViewModel;
import org.smilefactory.ui.connect.OpenedHub;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.dialogs.FxDialogService;
import javafx.beans.binding.Bindings;
import org.smilefactory.ui.connect.ConnectionMode;
import org.smilefactory.ui.kiosk.KioskMode;
import org.smilefactory.ui.kiosk.KioskSignInView;
import org.smilefactory.ui.kiosk.KioskSignInViewModel;
import org.smilefactory.ui.kiosk.KioskView;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.setup.SetupView;
import org.smilefactory.ui.setup.SetupViewModel;
import org.smilefactory.ui.shell.HubContext;
import org.smilefactory.ui.shell.SessionScope;
import org.smilefactory.ui.signin.SignInView;
import org.smilefactory.ui.signin.SignInViewModel;
import org.smilefactory.ui.theme.ThemeManager;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The screens in order: connection → first-run setup or sign-in → main window (→ sign-in again after
 * signing out). One scene for the whole run; each screen replaces the previous one's content. Tests
 * drive the app through this class with a stage of their own.
 */
public final class AppFlow {

    private static final Logger LOG = LoggerFactory.getLogger(AppFlow.class);
    private static final KeyCombination TOGGLE_THEME =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final Stage stage;
    private final Localization l10n;
    private final ThemeManager theme;
    private final TaskExecutor executor;
    private final BackendOpener opener;
    private final Path dataFolder;
    private final StackPane windowRoot = new StackPane();
    private final DialogService dialogs;

    private Backend backend;
    private UUID kioskEvent;
    /** Started as a door kiosk from the command line ({@code --kiosk}): what it asked for. */
    private AppArgs kioskArgs;
    private KioskSignInViewModel kioskSignIn;
    private SessionScope session;
    /** The signed-in session, kiosk or not: ended on exit (an offline copy's database must stop). */
    private Session current;
    private final ConnectionMemory memory;

    public AppFlow(Stage stage, Localization l10n, ThemeManager theme, TaskExecutor executor, BackendOpener opener,
                   Path dataFolder) {
        this(stage, l10n, theme, executor, opener, dataFolder, ConnectionMemory.inMemory());
    }

    public AppFlow(Stage stage, Localization l10n, ThemeManager theme, TaskExecutor executor, BackendOpener opener,
                   Path dataFolder, ConnectionMemory memory) {
        this.memory = Objects.requireNonNull(memory);
        this.stage = Objects.requireNonNull(stage);
        this.l10n = Objects.requireNonNull(l10n);
        this.theme = Objects.requireNonNull(theme);
        this.executor = Objects.requireNonNull(executor);
        this.opener = Objects.requireNonNull(opener);
        this.dataFolder = Objects.requireNonNull(dataFolder);
        this.dialogs = new FxDialogService(() -> stage, () -> windowRoot);
    }

    public void start() {
        windowRoot.getStyleClass().add("window-root");
        Scene scene = new Scene(windowRoot, 1240, 800);
        theme.install(scene);
        scene.getAccelerators().put(TOGGLE_THEME, theme::toggle);
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setOnCloseRequest(event -> {
            if (session != null && !session.confirmLeave()) {
                event.consume();
            }
        });
        if (kioskArgs != null) {
            startKiosk();
        } else {
            showConnection();
        }
        stage.show();
    }

    /**
     * The command line's {@code --kiosk}: straight to the kiosk sign-in of that event, never the generic
     * connect and sign-in screens. The last connection is opened by itself (the embedded hub, or the
     * remembered server); only when none can be (a direct connection needs its password, or opening
     * failed) is the connection asked for, and then it comes back here.
     */
    public AppFlow kiosk(AppArgs args) {
        if (args != null && args.kiosk()) {
            this.kioskArgs = args;
            this.kioskEvent = args.kioskEvent().orElse(null);
        }
        return this;
    }

    private void startKiosk() {
        showKioskSignIn();
        if (kioskArgs.badKioskEvent().isPresent()) {
            return;
        }
        ConnectionViewModel connection = new ConnectionViewModel(opener, executor, l10n, dataFolder, this::kioskOpened, memory);
        boolean serverUnknown = memory.lastMode() == ConnectionMode.SERVER
                && (memory.serverUrl() == null || memory.serverUrl().isBlank());
        if (memory.lastMode() == ConnectionMode.DIRECT || serverUnknown) {
            askKioskConnection(connection);
            return;
        }
        // opening failed: the connection screen shows why and lets the door pick another hub
        connection.errorMessageProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty() && backend == null) {
                askKioskConnection(connection);
            }
        });
        connection.open();
    }

    private void askKioskConnection(ConnectionViewModel connection) {
        ConnectionView view = new ConnectionView(connection, l10n);
        setContent(view.root(), l10n.get("title.connect"));
        Platform.runLater(view::focusDefault);
    }

    private void showKioskSignIn() {
        kioskSignIn = new KioskSignInViewModel(kioskEvent, kioskArgs.badKioskEvent().orElse(null), executor, l10n,
                signedIn -> showMain(signedIn, null));
        KioskSignInView view = new KioskSignInView(kioskSignIn, l10n);
        setContent(view.root(), null);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> l10n.format("title.window", kioskSignIn.windowTitleProperty().get()), kioskSignIn.windowTitleProperty()));
        if (backend != null) {
            kioskSignIn.connected(backend);
        }
        Platform.runLater(view::focusFirstField);
    }

    private void kioskOpened(OpenedHub hub) {
        backend = hub.backend();
        showKioskSignIn();
        if (hub.status().setupRequired()) {
            kioskSignIn.refuse(l10n.get("kiosk.signIn.notSetUp"));
        }
    }

    public void showConnection() {
        ConnectionViewModel viewModel = new ConnectionViewModel(opener, executor, l10n, dataFolder, this::opened, memory);
        ConnectionView view = new ConnectionView(viewModel, l10n);
        setContent(view.root(), l10n.get("title.connect"));
        Platform.runLater(view::focusDefault);
    }

    private void opened(OpenedHub hub) {
        backend = hub.backend();
        if (hub.status().setupRequired()) {
            showSetup();
        } else {
            showSignIn(hub.status());
        }
    }

    private void showSetup() {
        SetupViewModel viewModel = new SetupViewModel(backend, executor, l10n,
                signedIn -> showMain(signedIn, null));
        SetupView view = new SetupView(viewModel, l10n);
        setContent(view.root(), l10n.get("title.setup"));
        Platform.runLater(view::focusFirstField);
    }

    private void showSignIn(HubStatus status) {
        SignInViewModel viewModel = new SignInViewModel(backend, status, executor, l10n,
                signedIn -> showMain(signedIn, status));
        SignInView view = new SignInView(viewModel, l10n);
        setContent(view.root(), l10n.get("title.signin"));
        Platform.runLater(view::focusFirstField);
    }

    /** The event a kiosk account must be assigned to ({@code --kiosk}); null: whichever it is assigned to. */
    public AppFlow kioskEvent(UUID eventId) {
        this.kioskEvent = eventId;
        return this;
    }

    private void showMain(Session signedIn, HubStatus knownStatus) {
        current = signedIn;
        if (signedIn.member().role() == Role.KIOSK) {
            // a kiosk account can do nothing but check-in: it never sees the main window
            showKiosk(signedIn, knownStatus == null ? new HubStatus(false, null, null) : knownStatus);
            return;
        }
        HubContext hub = new HubContext(backend, knownStatus, signedIn);
        session = new SessionScope(hub, l10n, theme, executor, dialogs, this::signedOut);
        setContent(session.mainView().root(), null);
        stage.titleProperty().bind(session.mainViewModel().windowTitle());
    }

    private void showKiosk(Session kiosk, HubStatus status) {
        boolean fromCommandLine = kioskArgs != null;
        KioskView view = KioskMode.view(kiosk, kioskEvent, executor, l10n, () -> {
            stage.setFullScreen(false);
            current = null;
            if (fromCommandLine) {
                showKioskSignIn();
            } else {
                showSignIn(status);
            }
        });
        String eventTitle = kioskSignIn == null ? "" : kioskSignIn.eventTitleProperty().get();
        setContent(view.root(), eventTitle.isEmpty() ? l10n.get("events.startKiosk")
                : l10n.format("kiosk.signIn.windowFor", eventTitle));
        KioskMode.fullScreen(stage);
    }

    private void signedOut() {
        String hubName = session == null ? null : session.mainViewModel().hubNameProperty().get();
        String timeZone = session == null ? null : session.mainViewModel().timeZoneProperty().get();
        if (session != null) {
            session.close();
        }
        session = null;
        current = null;
        showSignIn(new HubStatus(false, hubName, timeZone));
    }

    private void setContent(Parent content, String title) {
        stage.titleProperty().unbind();
        if (title != null) {
            stage.setTitle(l10n.format("title.window", title));
        }
        // Keep notification overlays (later children) above the screen.
        if (windowRoot.getChildren().isEmpty()) {
            windowRoot.getChildren().add(content);
        } else {
            windowRoot.getChildren().set(0, content);
        }
    }

    /** Stops the backend (an embedded PostgreSQL must shut down cleanly) when the app exits. */
    public void shutdown() {
        if (session != null) {
            session.close();
        }
        Session signedIn = current;
        current = null;
        if (signedIn != null) {
            try {
                signedIn.signOut();
            } catch (RuntimeException e) {
                LOG.debug("Signing out on exit: {}", e.toString());
            }
        }
        Backend open = backend;
        backend = null;
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the backend failed", e);
            }
        }
    }

    public SessionScope session() {
        return session;
    }
}
