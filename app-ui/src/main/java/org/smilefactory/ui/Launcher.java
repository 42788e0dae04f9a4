package org.smilefactory.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import org.smilefactory.core.platform.BackupCommand;
import org.smilefactory.core.platform.DataFolder;
import org.smilefactory.core.platform.MigrateDatabaseCommand;

/**
 * Plain main class: the app runs from the classpath (no module-info), where a main class that extends
 * {@link Application} itself makes the JavaFX launcher refuse to start ("JavaFX runtime components are
 * missing").
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (BackupCommand.wanted(args)) {
            // --backup / --list-backups / --restore FILE: no window, the app must not be running (decision 0017)
            System.exit(BackupCommand.run(args, DataFolder.resolve(), System.out, System.err));
        }
        if (MigrateDatabaseCommand.requested(List.of(args))) {
            // an administrator's action on the hub's shared database, not the app (decision 0022)
            System.exit(MigrateDatabaseCommand.run(List.of(args), System.out, System.err));
        }
        // Before anything logs: logback.xml writes to <data folder>/logs.
        Path dataFolder = AppArgs.parse(List.of(args)).dataDir().orElseGet(DataFolder::resolve);
        if (System.getProperty("smilefactory.logs") == null) {
            System.setProperty("smilefactory.logs", dataFolder.resolve("logs").toString());
        }
        Application.launch(HubApp.class, args);
    }
}
