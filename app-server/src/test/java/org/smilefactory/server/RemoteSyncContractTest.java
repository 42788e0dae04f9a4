package org.smilefactory.server;

import javax.sql.DataSource;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.SyncContract;

/** The offline sync contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteSyncContractTest extends SyncContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    @Override
    protected DataSource serverDatabase() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().dataSource();
    }
}
