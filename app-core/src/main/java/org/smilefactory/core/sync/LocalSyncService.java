package org.smilefactory.core.sync;

import java.util.ArrayList;
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
        return changes(cursor, limit, false);
    }

    @Override
    public ChangePage changes(long cursor, int limit, boolean neededOnly) {
        Problems problems = new Problems();
        if (cursor < 0) {
            problems.add("cursor", "invalid", Messages.get("sync.invalidCursor"));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            problems.add("limit", "range", Messages.get("sync.invalidLimit", MAX_PAGE));
        }
        problems.throwIfAny();
        return new ChangeFeed(ctx).page(SyncScope.of(ctx.jdbc(), actor, neededOnly), cursor, limit);
    }

    /**
     * Validates the whole batch first (nothing is applied when it is malformed), then applies each
     * mutation in its own transaction (see {@link MutationApplier}).
     */
    @Override
    public List<MutationResult> push(List<Mutation> batch) {
        actor.requireSignedIn();
        Problems problems = new Problems();
        if (batch == null || batch.isEmpty()) {
            problems.add("mutations", "required", Messages.get("sync.emptyBatch"));
        } else if (batch.size() > MAX_PAGE) {
            problems.add("mutations", "too-many", Messages.get("sync.batchTooLarge", MAX_PAGE));
        } else {
            for (int i = 0; i < batch.size(); i++) {
                Mutation m = batch.get(i);
                if (m == null || m.id() == null) {
                    problems.add("mutations[" + i + "].id", "required", Messages.get("sync.mutationIdRequired"));
                } else if (m.kind() == null || m.kind().isBlank()) {
                    problems.add("mutations[" + i + "].kind", "required", Messages.get("validation.required"));
                }
            }
        }
        problems.throwIfAny();
        MutationApplier applier = new MutationApplier(ctx, actor);
        List<MutationResult> results = new ArrayList<>(batch.size());
        for (Mutation m : batch) {
            results.add(applier.apply(m));
        }
        return results;
    }
}
