package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.AccountAdminContract;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts administration through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteAccountAdminContractTest extends AccountAdminContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    @Override
    protected JdbcClient jdbc() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().jdbc();
    }

    @Override
    protected boolean serverSessions() {
        return true;
    }
}
