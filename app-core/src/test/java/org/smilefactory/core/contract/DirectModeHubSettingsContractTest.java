package org.smilefactory.core.contract;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.OnPremisesPostgres;

/**
 * Direct mode: the hub settings contract against a separate "on-premises" PostgreSQL reached by JDBC
 * URL as a non-superuser role with a password (as {@code DirectModeAccountContractTest}).
 */
class DirectModeHubSettingsContractTest extends HubSettingsContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(OnPremisesPostgres.newDatabaseUrl(), OnPremisesPostgres.APP_USER, OnPremisesPostgres.APP_PASSWORD);
    }
}
