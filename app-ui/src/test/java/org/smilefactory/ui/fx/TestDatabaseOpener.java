package org.smilefactory.ui.fx;

import java.net.URI;
import java.nio.file.Path;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.ui.connect.BackendOpener;

/**
 * The app's own opener, except that a "direct" connection opens the test's fresh database as its
 * owner (migrated, any member may sign in), as the embedded hub opens its own. The flows exercise the
 * screens on a real database without a hub administrator's migration and staff-only rule; those belong
 * to the shared-database path, tested on its own (DirectConnectionTrustTest, DirectModeTrustTest).
 */
final class TestDatabaseOpener implements BackendOpener {

    private final BackendOpener app = BackendOpener.backends();

    @Override
    public Backend embedded(Path dataFolder) {
        return app.embedded(dataFolder);
    }

    @Override
    public Backend direct(String jdbcUrl, String user, String password) {
        return Backends.direct(jdbcUrl, user, password);
    }

    @Override
    public Backend remote(URI serverUrl) {
        return app.remote(serverUrl);
    }

    @Override
    public Backend remoteWithOfflineCopy(URI serverUrl, Path replicaRoot) {
        return app.remoteWithOfflineCopy(serverUrl, replicaRoot);
    }

    @Override
    public Backend remoteWithOfflineCopy(URI serverUrl, Path replicaRoot, boolean neededOnly) {
        return app.remoteWithOfflineCopy(serverUrl, replicaRoot, neededOnly);
    }
}
