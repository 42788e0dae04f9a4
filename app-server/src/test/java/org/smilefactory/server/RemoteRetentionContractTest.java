package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.RetentionContract;
import org.smilefactory.core.contract.RetentionRows;

/** The retention contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteRetentionContractTest extends RetentionContract {

    @Override
    protected Backend openBackend() {
        // the server's own daily job stays off here: the tests decide when runs happen
        return TestServer.start("--logging.level.root=WARN", "--smilefactory.server.retention.enabled=false").remoteBackend();
    }

    @Override
    protected RetentionRows rows() {
        return new RetentionRows(((TestServer.ServerBackend) backend).server().localBackend().context().jdbc());
    }
}
