package org.smilefactory.core.contract;

import javax.sql.DataSource;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.TestPostgres;

/** The offline sync contract on a local backend (the test's embedded PostgreSQL). */
class LocalSyncContractTest extends SyncContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @Override
    protected DataSource serverDatabase() {
        return ((LocalBackend) backend).context().dataSource();
    }
}
