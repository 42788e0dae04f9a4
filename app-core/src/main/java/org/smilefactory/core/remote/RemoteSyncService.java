package org.smilefactory.core.remote;

import java.util.List;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.remote.wire.PushRequest;

/** {@link SyncService} over app-server's REST API. */
final class RemoteSyncService implements SyncService {

    private final Calls calls;

    RemoteSyncService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public ChangePage changes(long cursor, int limit) {
        return calls.call("GET", "sync/changes").query("cursor", cursor).query("limit", limit).as(ChangePage.class);
    }

    @Override
    public ChangePage changes(long cursor, int limit, boolean neededOnly) {
        if (!neededOnly) {
            return changes(cursor, limit);
        }
        return calls.call("GET", "sync/changes").query("cursor", cursor).query("limit", limit).query("keep", "needed")
                .as(ChangePage.class);
    }

    @Override
    public List<MutationResult> push(List<Mutation> batch) {
        return calls.call("POST", "sync/push").body(new PushRequest(batch)).asList(MutationResult.class);
    }

    @Override
    public List<org.smilefactory.core.api.sync.SyncDevice> devices() {
        return calls.call("GET", "sync/devices").asList(org.smilefactory.core.api.sync.SyncDevice.class);
    }

    @Override
    public void revokeDevice(java.util.UUID id) {
        calls.call("DELETE", "sync/devices/" + id).send();
    }

    @Override
    public List<org.smilefactory.core.api.sync.HubHeldChange> heldChanges(int limit) {
        return calls.call("GET", "sync/held").query("limit", limit)
                .asList(org.smilefactory.core.api.sync.HubHeldChange.class);
    }
}
