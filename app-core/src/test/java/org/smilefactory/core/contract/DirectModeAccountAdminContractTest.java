package org.smilefactory.core.contract;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.OnPremisesPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts administration in direct mode: a separate "on-premises" PostgreSQL reached by JDBC URL as a
 * non-superuser role, as {@link DirectModeAccountContractTest} does.
 */
class DirectModeAccountAdminContractTest extends AccountAdminContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(OnPremisesPostgres.newDatabaseUrl(), OnPremisesPostgres.APP_USER, OnPremisesPostgres.APP_PASSWORD);
    }

    @Override
    protected JdbcClient jdbc() {
        return ((LocalBackend) backend).context().jdbc();
    }
}
