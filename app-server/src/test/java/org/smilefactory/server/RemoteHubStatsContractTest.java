package org.smilefactory.server;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.HubStatsContract;
import org.smilefactory.core.contract.HubStatsRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteHubStatsContractTest extends HubStatsContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    private JdbcClient serverDatabase() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().jdbc();
    }

    @Override
    protected void post(UUID author, Instant at) {
        HubStatsRows.post(serverDatabase(), author, at);
    }

    @Override
    protected UUID event(UUID organiser, String title, Instant at, List<UUID> attendees, int checkedIn) {
        return HubStatsRows.event(serverDatabase(), organiser, title, at, attendees, checkedIn);
    }
}
