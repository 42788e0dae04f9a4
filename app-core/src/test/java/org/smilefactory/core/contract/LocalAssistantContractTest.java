package org.smilefactory.core.contract;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The assistant contract on a local backend with the real offline model. */
class LocalAssistantContractTest extends AssistantContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @Override
    protected JdbcClient jdbc() {
        return ((LocalBackend) backend).context().jdbc();
    }
}
