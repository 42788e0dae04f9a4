package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.InputContract;

/** The bad-input contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteInputContractTest extends InputContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }
}
