package org.smilefactory.core.contract;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;

/** What a replica may hold, on a local backend (the test's embedded PostgreSQL). */
class LocalReplicaProjectionContractTest extends ReplicaProjectionContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }
}
