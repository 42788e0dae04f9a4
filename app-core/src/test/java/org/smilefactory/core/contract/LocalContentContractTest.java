package org.smilefactory.core.contract;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.TestPostgres;

/** The content contract on a local backend (the test's embedded PostgreSQL). */
class LocalContentContractTest extends ContentContract {

    static {
        // keep the media store of the tests out of the real data folder
        System.setProperty("smilefactory.media", Path.of("target", "test-media").toAbsolutePath().toString());
    }

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @Override
    protected void connect(UUID a, UUID b) {
        Connections.accepted(backend, a, b);
    }

    @Override
    protected List<String> notificationTypes(UUID member) {
        return ((LocalBackend) backend).context().jdbc()
                .sql("SELECT notification_type FROM notifications WHERE user_id = ? ORDER BY created_at, id")
                .params(member).query(String.class).list();
    }
}
