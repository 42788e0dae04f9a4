package org.smilefactory.core.offline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.api.profiles.DirectoryPage;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.profiles.LocalProfileService;

/**
 * Profiles on the replica: reads as on any local backend; each save, publish and unpublish runs the
 * ordinary local service and queues its command in the outbox in one transaction (the service's own
 * transaction joins ours), so the replica never shows a change the outbox does not carry.
 */
final class OfflineProfileService implements ProfileService {

    static final String ENTITY = "personal_details";

    private final CoreContext replica;
    private final LocalProfileService local;

    OfflineProfileService(CoreContext replica, LocalProfileService local) {
        this.replica = replica;
        this.local = local;
    }

    @Override
    public ProfileView mine() {
        return local.mine();
    }

    @Override
    public ProfileView get(UUID memberId) {
        return local.get(memberId);
    }

    @Override
    public DirectoryPage directory(DirectoryQuery query) {
        return local.directory(query);
    }

    @Override
    public ProfileView save(SaveProfile command) {
        return replica.tx().execute(tx -> {
            ProfileView saved = local.save(command);
            record(MutationKinds.PROFILE_SAVE, saved.memberId(), command.expectedVersion(), OfflineJson.write(command));
            return saved;
        });
    }

    @Override
    public ProfileView publish(UUID memberId, long expectedVersion) {
        return replica.tx().execute(tx -> {
            ProfileView published = local.publish(memberId, expectedVersion);
            record(MutationKinds.PROFILE_PUBLISH, memberId, expectedVersion, stateChange(memberId, expectedVersion));
            return published;
        });
    }

    @Override
    public ProfileView unpublish(UUID memberId, long expectedVersion) {
        return replica.tx().execute(tx -> {
            ProfileView unpublished = local.unpublish(memberId, expectedVersion);
            record(MutationKinds.PROFILE_UNPUBLISH, memberId, expectedVersion, stateChange(memberId, expectedVersion));
            return unpublished;
        });
    }

    private static String stateChange(UUID memberId, long expectedVersion) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("memberId", memberId);
        payload.put("expectedVersion", expectedVersion);
        return OfflineJson.write(payload);
    }

    private void record(String kind, UUID memberId, long baseVersion, String payload) {
        Outbox.record(replica.jdbc(), new Mutation(Ids.next(), kind, ENTITY, memberId, baseVersion, payload,
                replica.clock().instant()));
    }
}
