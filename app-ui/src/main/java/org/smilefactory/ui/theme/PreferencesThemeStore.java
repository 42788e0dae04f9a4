package org.smilefactory.ui.theme;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the theme in {@link Preferences} (per OS user), not in the data folder: the theme is chosen on
 * the connection screen already, before any data folder is opened, and is the same whichever hub the
 * user connects to. It also keeps the UI out of {@code config.json}, which app-core owns.
 */
public final class PreferencesThemeStore implements ThemeStore {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesThemeStore.class);
    private static final String KEY = "theme.dark";

    private final Preferences preferences;

    public PreferencesThemeStore(Preferences preferences) {
        this.preferences = preferences;
    }

    public static PreferencesThemeStore forUser() {
        return new PreferencesThemeStore(Preferences.userRoot().node("org/smilefactory/hub"));
    }

    @Override
    public boolean loadDark() {
        return preferences.getBoolean(KEY, false);
    }

    @Override
    public void saveDark(boolean dark) {
        preferences.putBoolean(KEY, dark);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Losing the theme choice is harmless; say so in the log rather than bother the user.
            LOG.warn("Could not store the theme preference", e);
        }
    }
}
