package org.smilefactory.core.contract;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;

/** The hub settings contract on a local backend (the test's embedded PostgreSQL). */
class LocalHubSettingsContractTest extends HubSettingsContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }
}
