package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.ConnectionContract;

/** The connection contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteConnectionContractTest extends ConnectionContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }
}
