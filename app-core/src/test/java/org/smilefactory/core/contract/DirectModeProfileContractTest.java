package org.smilefactory.core.contract;

import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.OnPremisesPostgres;

/** Direct mode: the profiles contract against the separate "on-premises" PostgreSQL. */
class DirectModeProfileContractTest extends ProfileContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(OnPremisesPostgres.newDatabaseUrl(), OnPremisesPostgres.APP_USER, OnPremisesPostgres.APP_PASSWORD);
    }

    @Override
    protected void connect(UUID a, UUID b) {
        Connections.accepted(backend, a, b);
    }
}
