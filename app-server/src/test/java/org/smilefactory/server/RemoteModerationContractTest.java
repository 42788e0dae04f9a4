package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.ModerationContract;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The moderation contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteModerationContractTest extends ModerationContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    /** The server's database, for rows whose services do not exist yet. */
    @Override
    protected JdbcClient database() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().jdbc();
    }
}
