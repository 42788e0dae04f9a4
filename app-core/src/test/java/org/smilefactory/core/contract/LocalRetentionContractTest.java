package org.smilefactory.core.contract;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.TestPostgres;

/** The retention contract on a local backend (the test's embedded PostgreSQL). */
class LocalRetentionContractTest extends RetentionContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @Override
    protected RetentionRows rows() {
        return new RetentionRows(((LocalBackend) backend).context().jdbc());
    }
}
