package org.smilefactory.ui.connect;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the connection screen remembers per OS user between starts: the last way of connecting and the
 * last server address (never a password).
 */
public interface ConnectionMemory {

    String serverUrl();

    ConnectionMode lastMode();

    void remember(ConnectionMode mode, String serverUrl);

    static ConnectionMemory forUser() {
        return new PreferencesMemory(Preferences.userRoot().node("org/smilefactory/hub"));
    }

    static ConnectionMemory inMemory() {
        return new ConnectionMemory() {
            private String url = "";
            private ConnectionMode mode = ConnectionMode.EMBEDDED;

            @Override
            public String serverUrl() {
                return url;
            }

            @Override
            public ConnectionMode lastMode() {
                return mode;
            }

            @Override
            public void remember(ConnectionMode m, String serverUrl) {
                mode = m;
                url = serverUrl == null ? "" : serverUrl;
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
        public void remember(ConnectionMode mode, String serverUrl) {
            preferences.put("connection.mode", mode.name());
            if (serverUrl != null && !serverUrl.isBlank()) {
                preferences.put("connection.serverUrl", serverUrl);
            }
            try {
                preferences.flush();
            } catch (BackingStoreException e) {
                LOG.warn("Could not remember the connection choice", e);
            }
        }
    }
}
