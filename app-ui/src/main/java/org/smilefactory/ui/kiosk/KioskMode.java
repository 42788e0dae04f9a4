package org.smilefactory.ui.kiosk;

import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.sync.ConnectionState;
import org.smilefactory.core.api.sync.OfflineSync;
import org.smilefactory.core.api.sync.SyncStatus;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.theme.ThemeManager;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * Runs a kiosk session full screen: in a window of its own when staff start it from the Events area
 * (the staff window stays behind it), or in the app's main window when a kiosk account signs in
 * (the {@code --kiosk} command line). Leaving takes the staff PIN and signs the kiosk session out.
 */
public final class KioskMode {

    private KioskMode() {
    }

    /** Builds the kiosk screen for the session; {@code onExit} runs after the PIN was accepted and the session ended. */
    public static KioskView view(Session kiosk, UUID expectedEvent, TaskExecutor executor, Localization l10n,
                                 Runnable onExit) {
        KioskViewModel[] holder = new KioskViewModel[1];
        KioskViewModel viewModel = new KioskViewModel(kiosk.events(), expectedEvent, executor, l10n, () -> {
            holder[0].stop();
            executor.execute(org.smilefactory.ui.util.BackgroundTask.run(kiosk::signOut)
                    .onFinished(onExit));
        });
        holder[0] = viewModel;
        KioskView view = new KioskView(viewModel, l10n);
        kiosk.offlineSync().ifPresent(sync -> followConnection(sync, viewModel, executor));
        viewModel.start();
        view.focusInput();
        return view;
    }

    /** Offline or not, from the engine's thread to the FX thread; stops when the kiosk window goes. */
    private static void followConnection(OfflineSync sync, KioskViewModel viewModel, TaskExecutor executor) {
        Consumer<SyncStatus> listener = status -> Platform.runLater(() ->
                viewModel.connectionChanged(status.state() != ConnectionState.ONLINE));
        sync.addListener(listener);
        executor.execute(BackgroundTask.wrap(sync::status).onSuccess(listener::accept)
                .onFailure(org.smilefactory.ui.util.Errors::log));
        viewModel.onStop(() -> sync.removeListener(listener));
    }

    /** A new full-screen window for the kiosk session (started by staff from an event). */
    public static Stage openWindow(Session kiosk, UUID eventId, TaskExecutor executor, Localization l10n,
                                   ThemeManager theme) {
        Stage stage = new Stage();
        KioskView view = view(kiosk, eventId, executor, l10n, stage::close);
        Scene scene = new Scene(view.root(), 1280, 800);
        theme.install(scene);
        stage.setScene(scene);
        stage.setTitle(l10n.get("events.startKiosk"));
        fullScreen(stage);
        // closing the window by other means (window manager) still ends the kiosk session
        stage.setOnHidden(e -> kiosk.signOut());
        stage.show();
        // the scanner types into the focused window: make sure that is the kiosk
        stage.toFront();
        stage.requestFocus();
        return stage;
    }

    /** Full screen that Esc does not leave: Esc opens the staff PIN prompt instead. */
    public static void fullScreen(Stage stage) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
    }
}
