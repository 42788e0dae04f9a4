package org.smilefactory.ui.connect;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the connection screen remembers per OS user between starts: the last way of connecting, the
 * last server address and whether an offline copy is kept for it (never a password).
 */
public interface ConnectionMemory {

    String serverUrl();

    ConnectionMode lastMode();

    /** Whether the remembered server connection keeps an offline copy on this computer. */
    boolean offlineCopy();

    void remember(ConnectionMode mode, String serverUrl, boolean offlineCopy);

    /** Whether the offline copy keeps only what the member needs ("Keep only what I need"). */
    default boolean neededOnly() {
        return false;
    }

    default void rememberNeededOnly(boolean neededOnly) {
    }

    static ConnectionMemory forUser() {
        return new PreferencesMemory(Preferences.userRoot().node("org/smilefactory/hub"));
    }

    static ConnectionMemory inMemory() {
        return new ConnectionMemory() {
            private String url = "";
            private ConnectionMode mode = ConnectionMode.EMBEDDED;
            private boolean offline;
            private boolean needed;

            @Override
            public boolean neededOnly() {
                return needed;
            }

            @Override
            public void rememberNeededOnly(boolean neededOnly) {
                needed = neededOnly;
            }

            @Override
            public String serverUrl() {
                return url;
            }

            @Override
            public ConnectionMode lastMode() {
                return mode;
            }

            @Override
            public boolean offlineCopy() {
                return offline;
            }

            @Override
            public void remember(ConnectionMode m, String serverUrl, boolean offlineCopy) {
                mode = m;
                if (serverUrl != null && !serverUrl.isBlank()) {
                    url = serverUrl;
                    offline = offlineCopy;
                }
            }
        };
    }

    /** {@link Preferences}-backed, like the theme. */
    final class PreferencesMemory implements ConnectionMemory {

        private static final Logger LOG = LoggerFactory.getLogger(PreferencesMemory.class);
        private final Preferences preferences;

        PreferencesMemory(Preferences preferences) {
            this.preferences = preferences;
        }

        @Override
        public String serverUrl() {
            return preferences.get("connection.serverUrl", "");
        }

        @Override
        public ConnectionMode lastMode() {
            try {
                return ConnectionMode.valueOf(preferences.get("connection.mode", ConnectionMode.EMBEDDED.name()));
            } catch (IllegalArgumentException e) {
                return ConnectionMode.EMBEDDED;
            }
        }

        @Override
        public boolean offlineCopy() {
            return preferences.getBoolean("connection.offlineCopy", false);
        }

        @Override
        public boolean neededOnly() {
            return preferences.getBoolean("connection.offlineCopy.neededOnly", false);
        }

        @Override
        public void rememberNeededOnly(boolean neededOnly) {
            preferences.putBoolean("connection.offlineCopy.neededOnly", neededOnly);
        }

        @Override
        public void remember(ConnectionMode mode, String serverUrl, boolean offlineCopy) {
            preferences.put("connection.mode", mode.name());
            if (serverUrl != null && !serverUrl.isBlank()) {
                preferences.put("connection.serverUrl", serverUrl);
                preferences.putBoolean("connection.offlineCopy", offlineCopy);
            }
            try {
                preferences.flush();
            } catch (BackingStoreException e) {
                LOG.warn("Could not remember the connection choice", e);
            }
        }
    }
}
