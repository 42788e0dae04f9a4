package org.smilefactory.core.remote;

import java.util.List;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.api.sync.SyncService;

/** {@link SyncService} over app-server's REST API. */
final class RemoteSyncService implements SyncService {

    private final Calls calls;

    RemoteSyncService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public ChangePage changes(long cursor, int limit) {
        throw new UnsupportedOperationException("issue 7: being built");
    }

    @Override
    public List<MutationResult> push(List<Mutation> batch) {
        throw new UnsupportedOperationException("issue 7: being built");
    }
}
