package org.smilefactory.ui.fx;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.smilefactory.ui.AppFlow;
import org.smilefactory.ui.connect.BackendOpener;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.theme.ThemeManager;
import org.smilefactory.ui.theme.ThemeStore;
import org.smilefactory.ui.util.FxTaskExecutor;

/**
 * The whole desktop flow on a TestFX stage with the real backends, as the end-to-end UI tests start
 * it (light theme in memory, no data folder of its own: they connect directly or to a server).
 */
final class RunningApp {

    private final FxTaskExecutor executor;
    private final AppFlow flow;
    private final ThemeManager theme;

    private RunningApp(FxTaskExecutor executor, AppFlow flow, ThemeManager theme) {
        this.executor = executor;
        this.flow = flow;
        this.theme = theme;
    }

    ThemeManager theme() {
        return theme;
    }

    static RunningApp start(Stage stage, Localization l10n) {
        return start(stage, l10n, Path.of("target/unused-data"));
    }

    /** With a data folder of its own (offline copies live in it). */
    static RunningApp start(Stage stage, Localization l10n, Path dataFolder) {
        ThemeManager theme = new ThemeManager(ThemeStore.inMemory(false));
        theme.apply();
        FxTaskExecutor executor = new FxTaskExecutor();
        AppFlow flow = new AppFlow(stage, l10n, theme, executor, new TestDatabaseOpener(), dataFolder);
        flow.start();
        return new RunningApp(executor, flow, theme);
    }

    void stop() {
        flow.shutdown();
        executor.close();
    }
}
