package org.smilefactory.core.sync;

import java.util.List;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;

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
        Problems problems = new Problems();
        if (cursor < 0) {
            problems.add("cursor", "invalid", Messages.get("sync.invalidCursor"));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            problems.add("limit", "range", Messages.get("sync.invalidLimit", MAX_PAGE));
        }
        problems.throwIfAny();
        return new ChangeFeed(ctx).page(SyncScope.of(ctx.jdbc(), actor), cursor, limit);
    }

    @Override
    public List<MutationResult> push(List<Mutation> batch) {
        throw new UnsupportedOperationException("issue 7: being built");
    }
}
