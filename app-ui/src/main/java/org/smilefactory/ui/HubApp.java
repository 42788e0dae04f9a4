package org.smilefactory.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.smilefactory.core.platform.DataFolder;
import org.smilefactory.ui.connect.BackendOpener;
import org.smilefactory.ui.connect.ConnectionMemory;
import org.smilefactory.ui.connect.PrestartingOpener;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.theme.PreferencesThemeStore;
import org.smilefactory.ui.theme.ThemeManager;
import org.smilefactory.ui.util.FxTaskExecutor;

/** The desktop application: wires the real services and hands the window to {@link AppFlow}. */
public final class HubApp extends Application {

    private AppFlow flow;
    private FxTaskExecutor executor;
    private PrestartingOpener opener;

    @Override
    public void start(Stage stage) {
        AppArgs args = AppArgs.parse(getParameters().getRaw());
        Localization l10n = Localization.forLocale(Locale.getDefault());
        ThemeManager theme = new ThemeManager(PreferencesThemeStore.forUser());
        theme.apply();
        executor = new FxTaskExecutor();
        Path dataFolder = args.dataDir().orElseGet(DataFolder::resolve);
        opener = PrestartingOpener.start(BackendOpener.backends(), dataFolder);
        flow = new AppFlow(stage, l10n, theme, executor, opener, dataFolder, ConnectionMemory.forUser())
                .kiosk(args);
        flow.start();
        if (SmokeTest.requested(getParameters().getRaw())) {
            SmokeTest.run(stage, opener, dataFolder);
        }
    }

    @Override
    public void stop() {
        if (flow != null) {
            flow.shutdown();
        }
        if (opener != null) {
            opener.close();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
