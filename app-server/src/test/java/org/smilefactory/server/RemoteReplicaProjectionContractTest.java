package org.smilefactory.server;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.ReplicaProjectionContract;

/**
 * What a replica may hold, through real HTTP: every row of {@code GET /sync/changes} equals the
 * contract's GET of the same entity for the same member.
 */
class RemoteReplicaProjectionContractTest extends ReplicaProjectionContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }
}
