package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.EventContract;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The events contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteEventContractTest extends EventContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    @Override
    protected JdbcClient database() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().jdbc();
    }
}
