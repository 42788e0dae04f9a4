package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.NotificationContract;

/** The notification contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteNotificationContractTest extends NotificationContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }
}
