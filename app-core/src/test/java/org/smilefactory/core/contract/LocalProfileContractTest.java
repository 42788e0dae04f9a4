package org.smilefactory.core.contract;

import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;

/** The profiles contract on a local backend (the test's embedded PostgreSQL). */
class LocalProfileContractTest extends ProfileContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @Override
    protected void connect(UUID a, UUID b) {
        Connections.accepted(backend, a, b);
    }
}
