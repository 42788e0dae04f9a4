package org.smilefactory.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.smilefactory.core.api.Backend;
import org.smilefactory.ui.connect.BackendOpener;

/**
 * {@code --smoke-test}: proves that a distribution runs on the machine in front of you, without anyone
 * clicking (the installer module's DistributionIT, and the release checklist on each OS). Once the
 * connection screen is on show it says so on standard output, then opens the embedded hub in the data
 * folder, so this platform's PostgreSQL bundle really unpacks and starts, says so too and exits 0;
 * a failure prints its cause and exits 1. Lines start with {@code smoke-test:} for a script to find.
 */
final class SmokeTest {

    static final String FLAG = "--smoke-test";

    private SmokeTest() {
    }

    static boolean requested(List<String> args) {
        return args.contains(FLAG);
    }

    /** Call on the FX thread right after the connection screen was shown. */
    static void run(Stage stage, BackendOpener opener, Path dataFolder) {
        System.out.println("smoke-test: connection screen shown, showing=" + stage.isShowing()
                + ", title=" + stage.getTitle());
        Thread check = new Thread(() -> {
            int status = 1;
            try (Backend backend = opener.embedded(dataFolder)) {
                System.out.println("smoke-test: embedded database started in " + dataFolder
                        + ", setup required=" + backend.hubStatus().setupRequired());
                status = 0;
            } catch (RuntimeException e) {
                System.out.println("smoke-test: embedded database failed: " + e);
                e.printStackTrace(System.out);
            }
            System.out.flush();
            // No window stays behind: the backend is closed above, so the database has stopped.
            System.exit(status);
        }, "smoke-test");
        check.setDaemon(true);
        check.start();
    }
}
