package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.contract.SyncContract;

/** The offline sync contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteSyncContractTest extends SyncContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    @Override
    protected DataSource serverDatabase() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().dataSource();
    }

    /** A full batch is far over the 256 KB every other endpoint takes: the push has a limit of its own. */
    @Test
    void aFullBatchOfOfflineChangesFitsThroughThePushsOwnBodyLimit() {
        Session s = member("Bulk", "Pusher");
        String filler = "x".repeat(2000);
        List<Mutation> batch = new ArrayList<>();
        for (int i = 0; i < SyncService.MAX_PAGE; i++) {
            batch.add(new Mutation(UUID.randomUUID(), "not.a.kind", null, null, null,
                    "{\"filler\":\"" + filler + "\"}", Instant.now()));
        }
        List<MutationResult> results = s.sync().push(batch);
        assertThat(results).hasSize(SyncService.MAX_PAGE);
        assertThat(results).extracting(MutationResult::outcome).containsOnly(MutationOutcome.REJECTED);
    }
}
