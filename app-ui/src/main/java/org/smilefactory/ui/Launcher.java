package org.smilefactory.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
        // Before anything logs: logback.xml writes to <data folder>/logs. Finding the folder may move an
        // old one into place (decision 0029); that is reported once the log points into the folder.
        Optional<Path> chosen = AppArgs.parse(List.of(args)).dataDir();
        DataFolder.Located located = chosen.map(p -> new DataFolder.Located(p, Optional.empty())).orElseGet(DataFolder::locate);
        Path dataFolder = located.folder();
        if (System.getProperty("smilefactory.logs") == null) {
            System.setProperty("smilefactory.logs", dataFolder.resolve("logs").toString());
        }
        located.report();
        // the window opens the folder found here, not one looked up (and maybe migrated) a second time
        String[] appArgs = args;
        if (chosen.isEmpty()) {
            appArgs = Arrays.copyOf(args, args.length + 1);
            appArgs[args.length] = "--data-dir=" + dataFolder;
        }
        Application.launch(HubApp.class, appArgs);
    }
}
