package org.smilefactory.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.privacy.ErasureDecision;
import org.smilefactory.core.api.privacy.ErasureRequest;
import org.smilefactory.core.testsupport.Hubs;

/**
 * Acceptance (issue 14, erasure; decision 0018): an erased member's profile leaves another member's
 * offline replica on its next pull, as tombstones through the change feed, and the erased member's
 * own server session is over.
 */
class ErasureReachesReplicasTest extends SyncHubTest {

    private long rows(Client client, String table, UUID member) {
        return client.db().sql("SELECT count(*) FROM " + table + " WHERE user_id = ?").param(member).query(Long.class).single();
    }

    @Test
    void anotherMembersReplicaLosesTheErasedProfileAfterAPull() {
        Session leaving = hub.member(Role.USER, "Rudo", "Leaving");
        UUID gone = leaving.member().id();
        Session reader = hub.member(Role.USER, "Farai", "Reader");
        try (Client replica = Client.open("reader", hub.proxy.uri(), reader.member().email(), Hubs.MEMBER_PASSWORD)) {
            replica.syncUntilQuiet();
            assertThat(rows(replica, "personal_details", gone)).as("the published profile is on the replica").isEqualTo(1);
            assertThat(rows(replica, "innovator_profiles", gone)).isEqualTo(1);

            ErasureRequest request = leaving.privacy().requestErasure("Leaving the hub");
            staff.privacy().decideErasure(request.id(), new ErasureDecision(true, null));
            replica.syncUntilQuiet();

            assertThat(rows(replica, "personal_details", gone)).as("the member row after the pull").isZero();
            assertThat(rows(replica, "innovator_profiles", gone)).as("the profile details after the pull").isZero();
            assertThat(replica.db().sql("SELECT count(*) FROM personal_details WHERE email = ?").param(leaving.member().email())
                    .query(Long.class).single()).isZero();
        }
        assertThatThrownBy(() -> leaving.accounts().me()).isInstanceOf(UnauthenticatedException.class);
    }
}
