package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.HubSettingsContract;

/**
 * The hub settings contract through real HTTP: app-server on a random port, the remote backend as client.
 * Connection tests are made by the server, which reaches the test's MockWebServer on 127.0.0.1.
 */
class RemoteHubSettingsContractTest extends HubSettingsContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start("--logging.level.root=WARN", "--smilefactory.server.retention.enabled=false").remoteBackend();
    }
}
