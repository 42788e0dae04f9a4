package org.smilefactory.core.contract;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.TestPostgres;

/** The dashboard contract on a local backend (the test's embedded PostgreSQL). */
class LocalHubStatsContractTest extends HubStatsContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @Override
    protected void post(UUID author, Instant at) {
        HubStatsRows.post(((LocalBackend) backend).context().jdbc(), author, at);
    }

    @Override
    protected UUID event(UUID organiser, String title, Instant at, List<UUID> attendees, int checkedIn) {
        return HubStatsRows.event(((LocalBackend) backend).context().jdbc(), organiser, title, at, attendees, checkedIn);
    }
}
