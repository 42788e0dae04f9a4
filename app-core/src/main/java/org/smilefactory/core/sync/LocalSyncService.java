package org.smilefactory.core.sync;

import java.util.List;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The server side of offline sync on a database: the change log reader and the mutation applier. */
public final class LocalSyncService implements SyncService {

    private final CoreContext ctx;
    private final Actor actor;

    public LocalSyncService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
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
