package org.smilefactory.core.contract;

import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.TestPostgres;

/** The Group contract on a local backend (the test's embedded PostgreSQL). */
class LocalGroupContractTest extends GroupContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @Override
    protected void expireInviteCode(UUID groupId) {
        GroupRows.expireInviteCode(((LocalBackend) backend).context().jdbc(), groupId);
    }
}
