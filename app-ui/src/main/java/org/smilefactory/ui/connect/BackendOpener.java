package org.smilefactory.ui.connect;

import java.net.URI;
import java.nio.file.Path;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;

/** Opens a backend; an interface so ViewModel tests can open a fake or count calls. Slow: call off the FX thread. */
public interface BackendOpener {

    Backend embedded(Path dataFolder);

    Backend direct(String jdbcUrl, String user, String password);

    Backend remote(URI serverUrl);

    /**
     * The server at {@code serverUrl} with an offline copy (replica) kept under {@code replicaRoot}: signing
     * in works from the copy while the server cannot be reached, and changes made then wait in its outbox.
     */
    Backend remoteWithOfflineCopy(URI serverUrl, Path replicaRoot);

    /** The real thing: app-core's {@link Backends}. */
    static BackendOpener backends() {
        return new BackendOpener() {
            @Override
            public Backend embedded(Path dataFolder) {
                return Backends.embedded(dataFolder);
            }

            @Override
            public Backend direct(String jdbcUrl, String user, String password) {
                // never migrates the shared database: it belongs to the hub, not to this desktop (decision 0022)
                return Backends.directShared(jdbcUrl, user, password);
            }

            @Override
            public Backend remote(URI serverUrl) {
                return Backends.remote(serverUrl);
            }

            @Override
            public Backend remoteWithOfflineCopy(URI serverUrl, Path replicaRoot) {
                return Backends.remote(serverUrl, replicaRoot);
            }
        };
    }
}
