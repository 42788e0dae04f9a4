package org.smilefactory.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.platform.Replicas;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A replica taken before decision 0013's "What a replica may hold" (password hashes in its member rows,
 * other members' hidden e-mail and phone) holds none of it after V74_1 and its next sync, and its owner
 * still signs in offline.
 */
class ReplicaCleanupTest {

    @Test
    void aReplicaHoldingOldSecretsAndHiddenFieldsIsCleanedByTheMigrationAndItsNextSync() {
        String replicaUrl = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
        try (Backend server = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "")) {
            Session admin = server.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
            Session owner = Hubs.member(server, admin, Role.USER, "Owen", "Owner");
            Session other = Hubs.member(server, admin, Role.USER, "Patience", "Public");
            ProfileView theirs = other.profiles().mine();
            other.profiles().publish(theirs.memberId(), other.profiles().save(new SaveProfile(theirs.memberId(),
                    theirs.version(), theirs.firstName(), theirs.lastName(), null, null, "+263", "771234567", "Hello",
                    "Harare", ProfileType.INNOVATOR, ProfileVisibility.PUBLIC,
                    new InnovatorDetails("Agritech", null, "Mbeu", null, null, null, null, null, null))).version());
            JdbcClient hub = ((LocalBackend) server).context().jdbc();
            UUID me = owner.member().id();
            UUID them = other.member().id();

            // a replica as an older version left it: taken, then the server's secrets and hidden fields put back
            try (Replica replica = Replicas.jdbc(replicaUrl, "postgres", "")) {
                JdbcClient db = replica.context().jdbc();
                replica.context().tx().executeWithoutResult(s -> new ReplicaState(db).put(ReplicaState.MEMBER_ID, me.toString()));
                new SyncEngine(replica.context()).sync(owner.sync());
                assertThat(db.sql("SELECT count(*) FROM personal_details WHERE user_id = ?").param(them)
                        .query(Long.class).single()).isOne();
                for (UUID id : List.of(me, them)) {
                    db.sql("UPDATE personal_details SET password_hash = :hash, email = :email, phone_number = :phone WHERE user_id = :id")
                            .param("hash", hub.sql("SELECT password_hash FROM personal_details WHERE user_id = ?").param(id)
                                    .query(String.class).single())
                            .param("email", hub.sql("SELECT email FROM personal_details WHERE user_id = ?").param(id)
                                    .query(String.class).single())
                            .param("phone", hub.sql("SELECT phone_number FROM personal_details WHERE user_id = ?").param(id)
                                    .query(String.class).optional().orElse(null))
                            .param("id", id).update();
                }
                assertThat(bcryptRows(db)).isEqualTo(2);
                new ReplicaState(db).put(ReplicaState.SCOPE, "member:" + me);
                // ... and V74_1 not run yet
                db.sql("DELETE FROM flyway_schema_history WHERE version = '74.1'").update();
                db.sql("DELETE FROM sync_state WHERE key = ?").param(OfflinePassword.KEY).update();
            }

            // V74_1 runs again, as on a replica that never had it: out of order here, since the migrations
            // after it are already applied; the next sync takes the copy again
            org.flywaydb.core.Flyway.configure().dataSource(replicaUrl, "postgres", "")
                    .locations("classpath:db/migration").outOfOrder(true).load().migrate();
            try (Replica replica = Replicas.jdbc(replicaUrl, "postgres", "")) {
                JdbcClient db = replica.context().jdbc();
                assertThat(bcryptRows(db)).as("after V74_1").isZero();
                assertThat(new ReplicaState(db).scope()).contains("before-V74");

                SyncEngine.Result result = new SyncEngine(replica.context()).sync(owner.sync());

                assertThat(result.retook()).isTrue();
                assertThat(bcryptRows(db)).isZero();
                assertThat(db.sql("SELECT count(*) FROM personal_details WHERE password_hash <> ?")
                        .param(ChangeApplier.SECRET_PLACEHOLDER).query(Long.class).single()).isZero();
                assertThat(db.sql("SELECT email, phone_number FROM personal_details WHERE user_id = ?").param(them)
                        .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2)).single()).isEqualTo("null/null");
                assertThat(db.sql("SELECT bio FROM personal_details WHERE user_id = ?").param(them)
                        .query(String.class).single()).isEqualTo("Hello");
                assertThat(new ReplicaState(db).scope()).contains("member:" + me);
                // the owner still signs in offline, against the hash kept out of the replicated rows
                assertThat(OfflineSignIn.signIn(replica.context(), owner.member().email(), Hubs.MEMBER_PASSWORD)
                        .account().id()).isEqualTo(me);
            }
        }
    }

    private static long bcryptRows(JdbcClient db) {
        return db.sql("SELECT count(*) FROM personal_details WHERE password_hash LIKE '$2%'").query(Long.class).single();
    }
}
