package org.smilefactory.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Keep only what I need" on a real replica: a travelling staff member's copy holds their own data and
 * their events' people only; the full copy holds every member; changing the choice takes the replica
 * again, so nothing of the wider copy stays behind.
 */
class NeededOnlyReplicaTest {

    @Test
    void aStaffReplicaOfOnlyWhatIsNeededHoldsFewerMembersAndSwitchingBackTakesEverything() {
        try (Backend server = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "")) {
            Session admin = server.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
            Session traveller = Hubs.member(server, admin, Role.STAFF, "Tendai", "Traveller");
            Session guest = Hubs.member(server, admin, Role.USER, "Gugu", "Guest");
            for (int i = 0; i < 5; i++) {
                Hubs.member(server, admin, Role.USER, "Someone", "Else" + i);
            }
            EventView roadShow = ReplicaFixture.publishedDemoDay(traveller);
            guest.events().register(roadShow.id());
            long everyone = ((org.smilefactory.core.platform.LocalBackend) server).context().jdbc()
                    .sql("SELECT count(*) FROM personal_details").query(Long.class).single();

            try (Replica replica = ReplicaFixture.newReplica()) {
                JdbcClient db = replica.context().jdbc();
                new SyncEngine(replica.context(), 50, 50, true).sync(traveller.sync());
                assertThat(members(db)).containsExactlyInAnyOrder(traveller.member().id(), guest.member().id());
                assertThat(new ReplicaState(db).scope()).contains("staff-needed:" + traveller.member().id());

                SyncEngine.Result full = new SyncEngine(replica.context(), 50, 50, false).sync(traveller.sync());
                assertThat(full.retook()).isTrue();
                assertThat(members(db)).hasSize((int) everyone);

                SyncEngine.Result less = new SyncEngine(replica.context(), 50, 50, true).sync(traveller.sync());
                assertThat(less.retook()).isTrue();
                assertThat(members(db)).containsExactlyInAnyOrder(traveller.member().id(), guest.member().id());
            }
        }
    }

    private static Set<UUID> members(JdbcClient db) {
        return db.sql("SELECT user_id FROM personal_details").query(UUID.class).list().stream().collect(Collectors.toSet());
    }
}
