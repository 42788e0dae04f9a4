package org.smilefactory.core.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.sync.Change;
import org.smilefactory.core.api.sync.ChangeOperation;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine's bookkeeping: pages commit with their cursor, replies with their outbox rows, so an
 * interruption anywhere resumes without losing or repeating anything. The server side here is a
 * scripted log of real rows (the server itself is tested in app-server, where these flows run against
 * a real app-server too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncEngineTest {

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
        for (String name : List.of("Rudo", "Farai", "Chipo", "Nyasha")) {
            Hubs.member(serverBackend, admin, Role.USER, name, "Banda").events();
        }
        event = ReplicaFixture.publishedDemoDay(admin);
        member.events().register(event.id());
    }

    @AfterAll
    void close() {
        serverBackend.close();
    }

    @Test
    void aPullInterruptedBetweenPagesResumesAfterTheLastWholePage() {
        ScriptedServer script = new ScriptedServer("staff", ReplicaFixture.everyRow(server, 1));
        try (Replica replica = ReplicaFixture.newReplica()) {
            SyncEngine engine = new SyncEngine(replica.context(), 10, 3);
            script.failChangesAtCall = 3;

            assertThatThrownBy(() -> engine.sync(script, null)).isInstanceOf(BackendUnavailableException.class);

            assertThat(engine.state().cursor()).isEqualTo(6);
            assertThat(ReplicaFixture.contents(replica.context().jdbc())).hasSize(6);

            engine.sync(script, null);
            assertThat(ReplicaFixture.contents(replica.context().jdbc())).isEqualTo(ReplicaFixture.contents(server));
            assertThat(engine.state().cursor()).isEqualTo(script.log.size());
            assertThat(engine.state().scope()).contains("staff");
            assertThat(engine.state().lastSyncAt()).isPresent();
        }
    }

    @Test
    void aPageThatCannotBeAppliedLeavesNeitherItsRowsNorItsCursor() {
        List<Change> log = new ArrayList<>(ReplicaFixture.everyRow(server, 1));
        ScriptedServer script = new ScriptedServer("staff", log);
        try (Replica replica = ReplicaFixture.newReplica()) {
            SyncEngine engine = new SyncEngine(replica.context(), 10, 4);
            Change third = log.get(2);
            // a role the replica's schema refuses (a replica's e-mail may be empty: hidden contact fields)
            String broken = third.payload().replace("\"role\": \"", "\"role\": \"no-such-");
            log.set(2, new Change(third.seq(), third.entityType(), third.entityId(), ChangeOperation.UPSERT, broken));
            log.set(5, new Change(6, "personal_details", log.get(5).entityId(), ChangeOperation.UPSERT,
                    log.get(5).payload().replace("\"role\": \"", "\"role\": \"no-such-")));

            assertThatThrownBy(() -> engine.pull(script, null)).isInstanceOf(RuntimeException.class);

            assertThat(engine.state().cursor()).isZero();
            assertThat(ReplicaFixture.contents(replica.context().jdbc())).isEmpty();
        }
    }

    @Test
    void anotherScopeEmptiesTheReplicaAndTakesItAgainFromTheStart() {
        List<Change> everything = ReplicaFixture.everyRow(server, 1);
        ScriptedServer script = new ScriptedServer("staff", everything);
        try (Replica replica = ReplicaFixture.newReplica()) {
            SyncEngine engine = new SyncEngine(replica.context(), 10, 50);
            engine.sync(script, null);

            // promoted, demoted or moved: the server now shows only the member's own row
            Change own = everything.stream().filter(c -> c.entityId().equals(member.member().id())).findFirst().orElseThrow();
            List<Change> narrower = new ArrayList<>(everything);
            narrower.add(new Change(everything.size() + 1, own.entityType(), own.entityId(), ChangeOperation.UPSERT, own.payload()));
            script.log = narrower;
            script.scope = "member:" + member.member().id();
            script.visible = c -> c.entityId().equals(member.member().id());

            SyncEngine.Result result = engine.sync(script, null);

            assertThat(result.retook()).isTrue();
            assertThat(ReplicaFixture.contents(replica.context().jdbc()))
                    .containsExactly("personal_details " + ReplicaFixture.row(server, "personal_details", member.member().id(),
                            "password_hash", "last_login_at", "failed_login_count", "locked_until"));
            assertThat(engine.state().scope()).contains("member:" + member.member().id());
        }
    }

    @Test
    void repliesLeaveTheOutboxOnlyWhenAppliedAndHoldConflictsAndRejectionsWithTheServersRow() {
        ScriptedServer script = new ScriptedServer("staff", ReplicaFixture.everyRow(server, 1));
        try (Replica replica = ReplicaFixture.newReplica()) {
            JdbcClient db = replica.context().jdbc();
            SyncEngine engine = new SyncEngine(replica.context());
            engine.sync(script, null);
            UUID me = member.member().id();
            String serverRow = ReplicaFixture.row(server, "personal_details", me);
            String newer = serverRow.replaceFirst("\"version\": \\d+", "\"version\": 7").replace("Tendai", "Tendayi");
            Mutation save = mutation(MutationKinds.PROFILE_SAVE, "personal_details", me, 1L,
                    "{\"memberId\": \"" + me + "\", \"expectedVersion\": 1, \"firstName\": \"Tee\"}");
            Mutation publish = mutation(MutationKinds.PROFILE_PUBLISH, "personal_details", me, 1L,
                    "{\"memberId\": \"" + me + "\", \"expectedVersion\": 1}");
            Mutation checkIn = mutation(MutationKinds.CHECK_IN, "event_check_in_scans", Ids.next(), null,
                    "{\"eventId\": \"" + event.id() + "\", \"code\": \"NOPE\"}");
            replica.context().tx().executeWithoutResult(s -> {
                Outbox.record(db, save);
                Outbox.record(db, publish);
                Outbox.record(db, checkIn);
            });
            script.reply = m -> {
                if (m.id().equals(save.id())) {
                    return new MutationResult(m.id(), MutationOutcome.APPLIED, null, List.of(
                            new Change(0, "personal_details", me, ChangeOperation.UPSERT, serverRow)));
                }
                if (m.id().equals(publish.id())) {
                    return new MutationResult(m.id(), MutationOutcome.CONFLICT, "Someone else changed it", List.of(
                            new Change(0, "personal_details", me, ChangeOperation.UPSERT, newer)));
                }
                return new MutationResult(m.id(), MutationOutcome.REJECTED, "No such ticket", List.of());
            };
            assertThat(engine.pendingCount()).isEqualTo(3);

            SyncEngine.Result result = engine.sync(script, null);

            assertThat(result.pushed()).isEqualTo(3);
            assertThat(script.pushed).containsExactly(List.of(save.id(), publish.id(), checkIn.id()));
            assertThat(engine.pendingCount()).isZero();
            assertThat(engine.heldCount()).isEqualTo(2);
            // the conflict's rows are applied: the replica shows theirs
            assertThat(ReplicaFixture.row(db, "personal_details", me, "full_name", "password_hash"))
                    .isEqualTo(ReplicaFixture.row(server, "personal_details", me, "full_name", "password_hash")
                            .replaceFirst("\"version\": \\d+", "\"version\": 7").replace("Tendai", "Tendayi"));
            List<HeldChange> held = engine.heldChanges();
            assertThat(held).extracting(HeldChange::mutationId).containsExactly(publish.id(), checkIn.id());
            assertThat(held).extracting(HeldChange::outcome).containsExactly(MutationOutcome.CONFLICT, MutationOutcome.REJECTED);
            assertThat(held.get(0).summary()).isEqualTo("Publishing the profile of Tendayi Moyo");
            assertThat(held.get(0).reason()).isEqualTo("Someone else changed it");
            assertThat(held.get(0).theirs()).contains("\"version\": 7");
            assertThat(held.get(1).summary()).isEqualTo("Check-in of ticket NOPE");
            assertThat(held.get(1).theirs()).isNull();

            UUID again = engine.keepMine(publish.id());
            assertThat(engine.heldChanges()).extracting(HeldChange::mutationId).containsExactly(checkIn.id());
            assertThat(db.sql("SELECT base_version FROM sync_outbox WHERE mutation_id = :id AND status = 'pending'")
                    .param("id", again).query(Long.class).single()).isEqualTo(7L);
            assertThat(db.sql("SELECT CAST(payload->>'expectedVersion' AS bigint) FROM sync_outbox WHERE mutation_id = :id")
                    .param("id", again).query(Long.class).single()).isEqualTo(7L);

            engine.takeTheirs(checkIn.id());
            assertThat(engine.heldChanges()).isEmpty();
            assertThatThrownBy(() -> engine.takeTheirs(checkIn.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> engine.keepMine(publish.id())).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aPushWhoseReplyIsLostIsSentAgainWithTheSameIds() {
        ScriptedServer script = new ScriptedServer("staff", ReplicaFixture.everyRow(server, 1));
        try (Replica replica = ReplicaFixture.newReplica()) {
            JdbcClient db = replica.context().jdbc();
            SyncEngine engine = new SyncEngine(replica.context(), 2, 100);
            List<Mutation> made = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Mutation m = mutation(MutationKinds.CHECK_IN, "event_check_in_scans", Ids.next(), null,
                        "{\"eventId\": \"" + event.id() + "\", \"code\": \"C" + i + "\"}");
                made.add(m);
                replica.context().tx().executeWithoutResult(s -> Outbox.record(db, m));
            }
            script.failPushAtCall = 2; // the second batch reaches the server, its reply does not come back

            assertThatThrownBy(() -> engine.sync(script, null)).isInstanceOf(BackendUnavailableException.class);
            assertThat(engine.pendingCount()).isEqualTo(3);

            engine.sync(script, null);

            assertThat(engine.pendingCount()).isZero();
            assertThat(script.pushed).containsExactly(
                    List.of(made.get(0).id(), made.get(1).id()),
                    List.of(made.get(2).id(), made.get(3).id()),
                    List.of(made.get(2).id(), made.get(3).id()),
                    List.of(made.get(4).id()));
        }
    }

    @Test
    void againstTheRealChangeLogAnInterruptedTakeResumesAndOfflineEditsReachTheServer() {
        try (Replica replica = ReplicaFixture.newReplica()) {
            JdbcClient db = replica.context().jdbc();
            SyncEngine engine = new SyncEngine(replica.context(), 10, 2);
            Dropping network = new Dropping(admin.sync(), 3);

            assertThatThrownBy(() -> engine.sync(network)).isInstanceOf(BackendUnavailableException.class);
            long cursor = engine.state().cursor();
            assertThat(cursor).isPositive();
            assertThat(ReplicaFixture.contents(db)).hasSize(4);

            engine.sync(network);
            // staff lists carry no one else's ticket code, and neither does a staff replica
            assertThat(ReplicaFixture.contents(db, "ticket_code")).isEqualTo(ReplicaFixture.contents(server, "ticket_code"));

            // an offline edit on the replica, queued in its outbox, reaches the server through the real push
            new ReplicaState(db).put(ReplicaState.MEMBER_ID, admin.member().id().toString());
            OfflinePassword.remember(replica.context(), Hubs.ADMIN_PASSWORD);
            var signedIn = OfflineSignIn.signIn(replica.context(), admin.member().email(), Hubs.ADMIN_PASSWORD);
            OfflineSession offline = new OfflineSession(replica.context(), signedIn);
            var view = offline.profiles().get(member.member().id());
            offline.profiles().save(new org.smilefactory.core.api.profiles.SaveProfile(view.memberId(), view.version(),
                    view.firstName(), view.lastName(), view.profileName(), view.gender(), view.phoneCountryCode(),
                    view.phoneNumber(), "Edited on the replica", view.location(), view.profileType(), view.visibility(),
                    view.details()));
            assertThat(engine.pendingCount()).isEqualTo(1);

            SyncEngine.Result result = engine.sync(network);

            assertThat(result.applied()).isEqualTo(1);
            assertThat(engine.pendingCount()).isZero();
            assertThat(server.sql("SELECT bio FROM personal_details WHERE user_id = :id").param("id", member.member().id())
                    .query(String.class).single()).isEqualTo("Edited on the replica");
            assertThat(ReplicaFixture.contents(db, "ticket_code")).isEqualTo(ReplicaFixture.contents(server, "ticket_code"));
        }
    }

    /** A real sync door whose network drops once, at the given call. */
    private static final class Dropping implements SyncService {
        private final SyncService real;
        private final int dropAt;
        private int calls;

        Dropping(SyncService real, int dropAt) {
            this.real = real;
            this.dropAt = dropAt;
        }

        @Override
        public ChangePage changes(long cursor, int limit) {
            if (++calls == dropAt) {
                throw new BackendUnavailableException("dropped");
            }
            return real.changes(cursor, limit);
        }

        @Override
        public List<MutationResult> push(List<Mutation> batch) {
            if (++calls == dropAt) {
                throw new BackendUnavailableException("dropped");
            }
            return real.push(batch);
        }
    }

    private static Mutation mutation(String kind, String type, UUID entity, Long base, String payload) {
        return new Mutation(Ids.next(), kind, type, entity, base, payload, Instant.now());
    }

    /** A server's sync door over a fixed log; can fail a given call the way a dropped network does. */
    private static final class ScriptedServer implements SyncService {
        List<Change> log;
        String scope;
        Function<Change, Boolean> visible = c -> true;
        Function<Mutation, MutationResult> reply = m -> new MutationResult(m.id(), MutationOutcome.APPLIED, null, List.of());
        int failChangesAtCall = -1;
        int failPushAtCall = -1;
        int changesCalls;
        int pushCalls;
        final List<List<UUID>> pushed = new ArrayList<>();

        ScriptedServer(String scope, List<Change> log) {
            this.scope = scope;
            this.log = log;
        }

        @Override
        public ChangePage changes(long cursor, int limit) {
            if (++changesCalls == failChangesAtCall) {
                throw new BackendUnavailableException("dropped");
            }
            List<Change> after = log.stream().filter(c -> c.seq() > cursor).filter(visible::apply).toList();
            List<Change> page = after.subList(0, Math.min(limit, after.size()));
            long next = page.isEmpty() ? cursor : page.get(page.size() - 1).seq();
            return new ChangePage(page, next, after.size() > page.size(), scope);
        }

        @Override
        public List<MutationResult> push(List<Mutation> batch) {
            pushed.add(batch.stream().map(Mutation::id).toList());
            List<MutationResult> results = batch.stream().map(reply).toList();
            if (++pushCalls == failPushAtCall) {
                throw new BackendUnavailableException("reply lost");
            }
            return results;
        }
    }
}
