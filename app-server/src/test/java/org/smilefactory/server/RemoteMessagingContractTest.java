package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.MessagingContract;

/** The messaging contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteMessagingContractTest extends MessagingContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }
}
