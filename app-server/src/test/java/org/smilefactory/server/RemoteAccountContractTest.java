package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.AccountContract;

/** The accounts contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteAccountContractTest extends AccountContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }
}
