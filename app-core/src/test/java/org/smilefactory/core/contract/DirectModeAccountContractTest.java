package org.smilefactory.core.contract;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.OnPremisesPostgres;

/**
 * Direct mode: the same accounts contract against a separate "on-premises" PostgreSQL reached by
 * JDBC URL as a non-superuser role with a password. It connects as the database's owner, which migrates it
 * first (as a server that owns its database does); a desktop's own path to a shared database, which never
 * migrates and lets only staff in, is {@code DirectModeTrustTest}.
 */
class DirectModeAccountContractTest extends AccountContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(OnPremisesPostgres.newDatabaseUrl(), OnPremisesPostgres.APP_USER, OnPremisesPostgres.APP_PASSWORD);
    }
}
