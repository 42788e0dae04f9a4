package org.smilefactory.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.sync.ConnectionState;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.api.sync.OfflineSync;
import org.smilefactory.core.offline.OfflineSettings;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.Replicas;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Acceptance (issue 7): one profile edited offline on two computers. The first to sync wins; the
 * second gets a CONFLICT that its held changes show with both versions, and a person resolves it
 * either way — keep mine (the server ends with mine) or take theirs (the server keeps theirs, the
 * outbox is empty, the replica shows theirs). Afterwards server and both replicas hold the same rows.
 * Ana's laptop runs the sync engine directly; Ben's is the desktop's own backend
 * ({@code Backends.remote} with a replica store): he goes offline and back, and sees and resolves the
 * conflict through {@code session.offlineSync()} as the UI does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentProfileEditsTest {

    private SyncHub hub;
    private MemberAccount ana;
    private MemberAccount ben;

    @BeforeAll
    void start() {
        hub = SyncHub.shared();
        ana = hub.staff("Ana", "Admin").member();
        ben = hub.staff("Ben", "Backoffice").member();
    }

    @org.junit.jupiter.api.BeforeEach
    void plainNetwork() {
        hub.proxy.reset();
    }

    /** Ben's laptop: the desktop's own backend with "work offline" (replica in a database of its own). */
    private static final class Desktop implements AutoCloseable {
        final Backend backend;
        final Session session;
        final OfflineSync sync;
        final JdbcClient replica;

        Desktop(SyncHub hub, String email) {
            String database = Client.newReplicaDatabase();
            // no background syncs during the test: every sync below is asked for
            backend = Backends.remote(hub.proxy.uri(), Replicas.jdbcStore(Client.jdbcUrl(database), "postgres", ""),
                    OfflineSettings.defaults().withIntervals(Duration.ofHours(1), Duration.ofHours(1)));
            session = backend.signIn(email, Hubs.MEMBER_PASSWORD);
            sync = session.offlineSync().orElseThrow();
            replica = JdbcClient.create(TestPostgres.server().getDatabase("postgres", database));
        }

        TableSnapshot snapshot() {
            return TableSnapshot.of("Ben's laptop", replica);
        }

        long outboxSize() {
            return replica.sql("SELECT count(*) FROM sync_outbox").query(Long.class).single();
        }

        @Override
        public void close() {
            backend.close();
        }
    }

    private record Setup(Client a, Desktop b, UUID memberId, HeldChange held) {
    }

    /** Both edit the bio of one member offline; A syncs first, B gets the conflict. */
    private Setup conflict(String tag) {
        Session member = hub.member(org.smilefactory.core.api.accounts.Role.USER, "Rudo", tag);
        UUID memberId = member.member().id();
        Client a = Client.open("Ana's laptop", hub.proxy.uri(), ana.email(), Hubs.MEMBER_PASSWORD);
        Desktop b = new Desktop(hub, ben.email());
        a.sync();
        b.sync.syncNow();

        // Ben chooses to work offline; Ana's laptop works on its replica (the network is down for both)
        b.sync.goOffline();
        assertThat(b.sync.status().state()).isEqualTo(ConnectionState.OFFLINE);
        hub.proxy.refuseNewConnections(true); // no network for new connections (open ones idle: see FaultProxy#goDown)
        a.offline().profiles().save(Mutations.edit(a.offline().profiles().get(memberId), "Theirs: edited on Ana's laptop"));
        b.session.profiles().save(Mutations.edit(b.session.profiles().get(memberId), "Mine: edited on Ben's laptop"));
        assertThat(b.sync.status().pending()).isEqualTo(1);
        hub.proxy.comeBack();

        a.sync();
        assertThat(member.profiles().mine().bio()).isEqualTo("Theirs: edited on Ana's laptop");
        b.sync.goOnline();
        assertThat(b.sync.status().state()).isEqualTo(ConnectionState.ONLINE);
        assertThat(member.profiles().mine().bio()).as("the second sync does not overwrite").isEqualTo("Theirs: edited on Ana's laptop");

        List<HeldChange> held = b.sync.heldChanges();
        assertThat(held).hasSize(1);
        HeldChange h = held.get(0);
        assertThat(h.outcome()).isEqualTo(MutationOutcome.CONFLICT);
        assertThat(h.kind()).isEqualTo(MutationKinds.PROFILE_SAVE);
        assertThat(h.entityId()).isEqualTo(memberId);
        assertThat(h.reason()).isNotBlank();
        assertThat(h.summary()).contains("Rudo");
        assertThat(h.mine()).contains("Mine: edited on Ben's laptop");
        assertThat(h.theirs()).contains("Theirs: edited on Ana's laptop");
        assertThat(b.sync.status().needsAttention()).as("the status bar's count").isEqualTo(1);
        assertThat(b.sync.status().pending()).isZero();
        assertThat(a.heldChanges()).isEmpty();
        return new Setup(a, b, memberId, h);
    }

    @Test
    void keepMineEndsWithMineOnTheServer() {
        Setup s = conflict("Keep");
        try (Client a = s.a(); Desktop b = s.b()) {
            b.sync.keepMine(s.held().mutationId());
            assertThat(b.sync.heldChanges()).isEmpty();
            b.sync.syncNow();
            a.sync();
            assertThat(b.outboxSize()).isZero();
            assertThat(b.sync.status().needsAttention()).isZero();
            assertThat(hub.admin.profiles().get(s.memberId()).bio()).isEqualTo("Mine: edited on Ben's laptop");
            assertThat(a.offline().profiles().get(s.memberId()).bio()).isEqualTo("Mine: edited on Ben's laptop");
            assertThat(b.session.profiles().get(s.memberId()).bio()).isEqualTo("Mine: edited on Ben's laptop");
            TableSnapshot server = TableSnapshot.of("server", hub.db());
            a.snapshot().assertSameAs(server);
            b.snapshot().assertSameAs(server);
        }
    }

    @Test
    void takeTheirsKeepsTheirsAndEmptiesTheOutbox() {
        Setup s = conflict("Take");
        try (Client a = s.a(); Desktop b = s.b()) {
            // the conflict reply carried the server's row: the replica shows theirs before anything else happens
            assertThat(b.replica.sql("SELECT bio FROM personal_details WHERE user_id = :id").param("id", s.memberId())
                    .query(String.class).single()).isEqualTo("Theirs: edited on Ana's laptop");
            b.sync.takeTheirs(s.held().mutationId());
            assertThat(b.sync.heldChanges()).isEmpty();
            assertThat(b.outboxSize()).isZero();
            assertThat(b.sync.status().needsAttention()).isZero();
            b.sync.goOffline();
            assertThat(b.session.profiles().get(s.memberId()).bio()).as("on the replica").isEqualTo("Theirs: edited on Ana's laptop");
            b.sync.goOnline();
            a.sync();
            assertThat(hub.admin.profiles().get(s.memberId()).bio()).isEqualTo("Theirs: edited on Ana's laptop");
            TableSnapshot server = TableSnapshot.of("server", hub.db());
            a.snapshot().assertSameAs(server);
            b.snapshot().assertSameAs(server);
        }
    }
}
