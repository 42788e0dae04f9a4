package org.smilefactory.server;

import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.contract.ProfileContract;

/** The profiles contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteProfileContractTest extends ProfileContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    /** An accepted connection written into the server's database (until the social service exists). */
    @Override
    protected void connect(UUID a, UUID b) {
        ((TestServer.ServerBackend) backend).server().localBackend().context().jdbc().sql("""
                INSERT INTO connections (connection_id, requester_id, recipient_id, status, created_at, updated_at)
                VALUES (?, ?, ?, 'accepted', now(), now())
                """).params(Ids.next(), a, b).update();
    }
}
