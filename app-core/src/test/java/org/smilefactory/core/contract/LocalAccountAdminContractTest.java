package org.smilefactory.core.contract;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts administration on a local backend (the test's embedded PostgreSQL). */
class LocalAccountAdminContractTest extends AccountAdminContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @Override
    protected JdbcClient jdbc() {
        return ((LocalBackend) backend).context().jdbc();
    }
}
