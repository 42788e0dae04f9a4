package org.smilefactory.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.sync.Change;
import org.smilefactory.core.api.sync.ChangeOperation;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The server's rows land in the replica exactly as they are, in any order, in the caller's transaction. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeApplierTest {

    private Backend serverBackend;
    private JdbcClient server;
    private Session admin;
    private Session member;
    private EventView event;

    @BeforeAll
    void hub() {
        serverBackend = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        server = ((LocalBackend) serverBackend).context().jdbc();
        admin = serverBackend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        member = Hubs.member(serverBackend, admin, Role.USER, "Tendai", "Moyo");
        event = ReplicaFixture.publishedDemoDay(admin);
        member.events().register(event.id());
    }

    @AfterAll
    void close() {
        serverBackend.close();
    }

    @Test
    void aWholeHubAppliedChildrenFirstEqualsTheServer() {
        try (Replica replica = ReplicaFixture.newReplica()) {
            List<Change> rows = new ArrayList<>(ReplicaFixture.everyRow(server, 1));
            Collections.reverse(rows); // registrations before events before members: no FK order needed
            replica.context().tx().executeWithoutResult(s -> new ChangeApplier(replica.context().jdbc()).apply(rows));

            assertThat(ReplicaFixture.contents(replica.context().jdbc())).isEqualTo(ReplicaFixture.contents(server));
            // the generated column was computed by the replica, not copied
            assertThat(replica.context().jdbc().sql("SELECT full_name FROM personal_details WHERE user_id = :id")
                    .param("id", member.member().id()).query(String.class).single()).isEqualTo("Tendai Moyo");
        }
    }

    @Test
    void aPasswordHashIsNeverStoredEvenWhenARowCarriesOne() {
        try (Replica replica = ReplicaFixture.newReplica()) {
            JdbcClient db = replica.context().jdbc();
            ChangeApplier applier = new ChangeApplier(db);
            UUID id = member.member().id();
            String full = ReplicaFixture.row(server, "personal_details", id);
            String withoutSecret = ReplicaFixture.row(server, "personal_details", id, "password_hash");

            replica.context().tx().executeWithoutResult(s -> applier.apply(List.of(upsert("personal_details", id, withoutSecret))));
            assertThat(hash(db, id)).isEqualTo(ChangeApplier.SECRET_PLACEHOLDER);

            // a row from an older server that still sent the hash: the replica keeps no secret (0013)
            replica.context().tx().executeWithoutResult(s -> applier.apply(List.of(upsert("personal_details", id, full))));
            assertThat(ReplicaFixture.row(server, "personal_details", id)).contains("$2");
            assertThat(hash(db, id)).isEqualTo(ChangeApplier.SECRET_PLACEHOLDER);
        }
    }

    @Test
    void tombstonesDeleteAndTheLatestChangeOfARowWins() {
        try (Replica replica = ReplicaFixture.newReplica()) {
            JdbcClient db = replica.context().jdbc();
            ChangeApplier applier = new ChangeApplier(db);
            replica.context().tx().executeWithoutResult(s -> applier.apply(ReplicaFixture.everyRow(server, 1)));
            UUID eventId = event.id();
            String row = ReplicaFixture.row(server, "events", eventId);

            replica.context().tx().executeWithoutResult(s -> applier.apply(List.of(
                    upsert("events", eventId, row.replace("Demo day", "Renamed")),
                    new Change(0, "events", eventId, ChangeOperation.DELETE, null))));
            assertThat(ReplicaFixture.row(db, "events", eventId)).isNull();

            replica.context().tx().executeWithoutResult(s -> applier.apply(List.of(
                    new Change(0, "events", eventId, ChangeOperation.DELETE, null),
                    upsert("events", eventId, row))));
            assertThat(ReplicaFixture.row(db, "events", eventId)).isEqualTo(row);
        }
    }

    @Test
    void aRowTakingAUniqueValueReplacesTheStaleLocalRowHoldingIt() {
        try (Replica replica = ReplicaFixture.newReplica()) {
            JdbcClient db = replica.context().jdbc();
            ChangeApplier applier = new ChangeApplier(db);
            UUID id = member.member().id();
            String row = ReplicaFixture.row(server, "personal_details", id);
            UUID stale = UUID.randomUUID();
            // e.g. a walk-in made offline whose e-mail turned out to belong to this member
            replica.context().tx().executeWithoutResult(s -> applier.apply(List.of(
                    upsert("personal_details", stale, row.replace(id.toString(), stale.toString())))));

            replica.context().tx().executeWithoutResult(s -> applier.apply(List.of(upsert("personal_details", id, row))));

            assertThat(ReplicaFixture.row(db, "personal_details", stale)).isNull();
            assertThat(ReplicaFixture.row(db, "personal_details", id, "password_hash"))
                    .isEqualTo(ReplicaFixture.row(server, "personal_details", id, "password_hash"));
        }
    }

    @Test
    void rowsOfTablesTheReplicaDoesNotHoldAreIgnored() {
        try (Replica replica = ReplicaFixture.newReplica()) {
            int written = replica.context().tx().execute(s -> new ChangeApplier(replica.context().jdbc()).apply(List.of(
                    new Change(1, "posts", UUID.randomUUID(), ChangeOperation.UPSERT, "{}"))));
            assertThat(written).isZero();
        }
    }

    private static Change upsert(String table, UUID id, String payload) {
        return new Change(0, table, id, ChangeOperation.UPSERT, payload);
    }

    private static String hash(JdbcClient db, UUID id) {
        return db.sql("SELECT password_hash FROM personal_details WHERE user_id = :id").param("id", id).query(String.class).single();
    }
}
