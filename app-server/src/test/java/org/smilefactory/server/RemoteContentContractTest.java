package org.smilefactory.server;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.contract.ContentContract;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The content contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteContentContractTest extends ContentContract {

    static {
        // the server runs in this JVM: keep its media store out of the real data folder
        System.setProperty("smilefactory.media", Path.of("target", "test-media").toAbsolutePath().toString());
    }

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    private JdbcClient serverDatabase() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().jdbc();
    }

    @Override
    protected void connect(UUID a, UUID b) {
        serverDatabase().sql("""
                INSERT INTO connections (connection_id, requester_id, recipient_id, status, created_at, updated_at)
                VALUES (?, ?, ?, 'accepted', now(), now())
                """).params(Ids.next(), a, b).update();
    }

    @Override
    protected List<String> notificationTypes(UUID member) {
        return serverDatabase().sql("SELECT notification_type FROM notifications WHERE user_id = ? ORDER BY created_at, id")
                .params(member).query(String.class).list();
    }
}
