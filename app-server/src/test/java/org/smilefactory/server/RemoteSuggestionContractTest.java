package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.SuggestionContract;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The suggestion contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteSuggestionContractTest extends SuggestionContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    @Override
    protected JdbcClient jdbc() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().jdbc();
    }
}
