package org.smilefactory.core.platform;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/** Where the desktop keeps its database, settings, media and logs (see ARCHITECTURE.md). */
public final class DataFolder {

    private DataFolder() {
    }

    /** {@code SMILEFACTORY_HOME} if set (environment or system property), else the platform convention. */
    public static Path resolve() {
        String explicit = System.getProperty("smilefactory.home", System.getenv("SMILEFACTORY_HOME"));
        if (explicit != null && !explicit.isBlank()) {
            return Paths.get(explicit).toAbsolutePath();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Paths.get(appData != null ? appData : home, "SmileFactory");
        }
        if (os.contains("mac")) {
            return Paths.get(home, "Library", "Application Support", "SmileFactory");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : Paths.get(home, ".local", "share");
        return base.resolve("smilefactory");
    }
}
