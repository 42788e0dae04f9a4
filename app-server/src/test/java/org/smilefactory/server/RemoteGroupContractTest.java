package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.GroupContract;

/** The groups contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteGroupContractTest extends GroupContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }
}
