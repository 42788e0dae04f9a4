package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.PrivacyContract;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The privacy contract through real HTTP: app-server on a random port, the remote backend as client (the archive is downloaded). */
class RemotePrivacyContractTest extends PrivacyContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    /** The server's database, to check the archive and the erasure against. */
    @Override
    protected JdbcClient database() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().jdbc();
    }
}
