package org.smilefactory.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Acceptance (issue 7), fault tests on loopback with a real app-server and real databases: the answer
 * to a push is lost after the server applied it (two ways), and the client process is killed in the
 * middle of pulling a large change log. After recovery the replica holds exactly the server's rows
 * and no mutation was applied twice. (The server killed mid-push is {@link ServerKilledMidPushTest}.)
 */
class SyncFaultTest extends SyncHubTest {

    private static final String PUSH = "/api/v1/sync/push";

    @Test
    void theAnswerToAPushIsLostAfterTheServerAppliedIt() {
        lostAnswer("Lost", () -> hub.proxy.dropResponseTo("POST", PUSH, 1));
    }

    @Test
    void theConnectionDropsRightAfterThePushWasSent() {
        lostAnswer("Cut", () -> hub.proxy.dropAfterRequest("POST", PUSH, 1));
    }

    private void lostAnswer(String tag, Runnable fault) {
        EventView event = hub.publishedEvent(staff, "Lost answers " + tag, null);
        List<SyncHub.Ticket> tickets = hub.bulkRegistrations(event.id(), 20, tag);
        List<UUID> members = tickets.stream().map(SyncHub.Ticket::memberId).limit(10).toList();
        try (Client client = Client.open("laptop", hub.proxy.uri(), staff.member().email(), Hubs.MEMBER_PASSWORD)) {
            client.sync();
            hub.proxy.refuseNewConnections(true); // no network for new connections (open ones idle: see FaultProxy#goDown)
            OfflineWork work = new OfflineWork();
            work.editProfiles(client, members, 30, tag);
            work.checkIn(client, event.id(), tickets);
            hub.proxy.comeBack();
            assertThat(client.pending()).isEqualTo(50);

            long appliedBefore = hub.appliedMutations();
            int fired = hub.proxy.faultsFired();
            fault.run();
            assertThatThrownBy(client::sync).isInstanceOf(BackendUnavailableException.class);
            assertThat(hub.proxy.faultsFired()).isEqualTo(fired + 1);
            waitForApplied(appliedBefore + 50);
            assertThat(hub.appliedMutations() - appliedBefore).as("the server applied the whole batch").isEqualTo(50);
            assertThat(client.pending()).as("the client never heard: all still pending").isEqualTo(50);

            client.syncUntilQuiet();
            assertThat(client.outboxSize()).isZero();
            assertThat(hub.appliedMutations() - appliedBefore).as("nothing applied twice").isEqualTo(50);
            work.assertAppliedOnce(hub.db(), event.id());
            client.snapshot().assertSameAs(TableSnapshot.of("server", hub.db()));
        }
    }

    /** The server may still be finishing a request whose connection was cut. */
    private void waitForApplied(long expected) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (hub.appliedMutations() < expected && System.currentTimeMillis() < deadline) {
            SyncServer.sleep(50);
        }
    }

    @Test
    void theClientIsKilledInTheMiddleOfAPullAndResumesAfterTheLastWholePage() throws Exception {
        hub.bulkMembers(2_000, "Pulled");
        long lastSeq = hub.db().sql("SELECT max(seq) FROM sync_change_log").query(Long.class).single();
        String replicaDatabase = Client.newReplicaDatabase();
        JdbcClient replica = JdbcClient.create(TestPostgres.server().getDatabase("postgres", replicaDatabase));
        hub.proxy.delayResponses(25);
        Process child = Jvm.start("client-killed-mid-pull", "256m", SyncClientMain.class, List.of(
                hub.proxy.uri().toString(), Client.jdbcUrl(replicaDatabase), staff.member().email(), Hubs.MEMBER_PASSWORD, "100"));
        long cursorAtKill;
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            long cursor = 0;
            while (cursor == 0 && child.isAlive() && System.currentTimeMillis() < deadline) {
                cursor = cursorOf(replica);
                SyncServer.sleep(20);
            }
            assertThat(cursor).as("the child pulled a page: " + Jvm.output(Jvm.logFile("client-killed-mid-pull"))).isPositive();
            // a few pages in, then the laptop dies
            while (cursorOf(replica) < 600 && child.isAlive()) {
                SyncServer.sleep(10);
            }
            assertThat(child.isAlive()).as("still pulling when killed").isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor();
            hub.proxy.delayResponses(0);
        }
        cursorAtKill = cursorOf(replica);
        assertThat(cursorAtKill).as("killed in the middle of the pull").isPositive().isLessThan(lastSeq);
        int requestsBefore = hub.proxy.requestsTo("/api/v1/sync/changes").size();

        try (Client restarted = Client.reopen("restarted laptop", hub.proxy.uri(), staff.member().email(),
                Hubs.MEMBER_PASSWORD, replicaDatabase)) {
            assertThat(restarted.cursor()).isEqualTo(cursorAtKill);
            restarted.syncUntilQuiet();
            List<String> resumed = hub.proxy.requestsTo("/api/v1/sync/changes");
            assertThat(resumed.get(requestsBefore)).as("the first pull after the restart").contains("cursor=" + cursorAtKill);
            restarted.snapshot().assertSameAs(TableSnapshot.of("server", hub.db()));
            assertThat(restarted.snapshot().rows("personal_details")).isGreaterThan(2_000);
        } finally {
            // the hub is shared: later replicas need not carry these (fresh replicas get no tombstones)
            hub.db().sql("DELETE FROM personal_details WHERE last_name = 'Pulled'").update();
        }
    }

    private static long cursorOf(JdbcClient replica) {
        try {
            return replica.sql("SELECT value FROM sync_state WHERE key = 'pull_cursor'").query(String.class).optional()
                    .map(Long::parseLong).orElse(0L);
        } catch (RuntimeException e) {
            return 0; // not migrated yet
        }
    }
}
