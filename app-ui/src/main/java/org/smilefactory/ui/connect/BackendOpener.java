package org.smilefactory.ui.connect;

import java.net.URI;
import java.nio.file.Path;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;

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

    /**
     * As {@link #remoteWithOfflineCopy(URI, Path)}; with {@code neededOnly} a staff member's copy keeps only
     * their own data and the events they organise or attend, not every member's.
     */
    default Backend remoteWithOfflineCopy(URI serverUrl, Path replicaRoot, boolean neededOnly) {
        if (neededOnly) {
            throw new UnsupportedOperationException("this opener cannot keep less");
        }
        return remoteWithOfflineCopy(serverUrl, replicaRoot);
    }

    /** The real thing: app-core's {@link Backends}; a database of the desktop's own applies the retention periods (decision 0023). */
    static BackendOpener backends() {
        return new BackendOpener() {
            @Override
            public Backend embedded(Path dataFolder) {
                // the desktop app (not tools or tests) takes the automatic backups (decision 0017) and applies
                // the retention periods (decision 0023)
                return Backends.withRetention(((LocalBackend) Backends.embedded(dataFolder)).startAutomaticBackups());
            }

            @Override
            public Backend direct(String jdbcUrl, String user, String password) {
                // never migrates the shared database: it belongs to the hub, not to this desktop (decision 0022);
                // nor runs the retention job on it: the owner's side does (decision 0023)
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

            @Override
            public Backend remoteWithOfflineCopy(URI serverUrl, Path replicaRoot, boolean neededOnly) {
                return Backends.remote(serverUrl, replicaRoot, neededOnly);
            }
        };
    }
}
