package org.smilefactory.server;

import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.GroupContract;
import org.smilefactory.core.contract.GroupRows;

/** The groups contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteGroupContractTest extends GroupContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    @Override
    protected void expireInviteCode(UUID groupId) {
        GroupRows.expireInviteCode(((TestServer.ServerBackend) backend).server().localBackend().context().jdbc(), groupId);
    }
}
