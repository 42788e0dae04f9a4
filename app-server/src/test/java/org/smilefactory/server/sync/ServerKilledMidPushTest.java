package org.smilefactory.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.testsupport.Hubs;

/**
 * Acceptance (issue 7), fault "the server stops mid-push": app-server runs as a process of its own and
 * is killed (no graceful shutdown) while it is applying the second of six batches of a 600-mutation
 * outbox — 300 profile edits and 300 check-ins made offline. It comes back on the same database, the
 * client syncs again: every mutation is applied exactly once (600 rows in sync_applied_mutations,
 * every profile version moved by exactly its number of edits, one scan per check-in) and the replica
 * holds exactly the server's rows.
 */
class ServerKilledMidPushTest extends SyncHubTest {

    @Test
    void theServerDiesWhileApplyingABatchAndNothingIsLostOrAppliedTwice() throws Exception {
        EventView event = hub.publishedEvent(staff, "Crash summit", null);
        List<SyncHub.Ticket> tickets = hub.bulkRegistrations(event.id(), 300, "Crash");
        List<UUID> members = tickets.stream().map(SyncHub.Ticket::memberId).limit(30).toList();

        try (Client client = Client.open("laptop", hub.proxy.uri(), staff.member().email(), Hubs.MEMBER_PASSWORD, 100, 500)) {
            client.sync();
            hub.proxy.refuseNewConnections(true); // no network for new connections (open ones idle: see FaultProxy#goDown)
            OfflineWork work = new OfflineWork();
            work.editProfiles(client, members, 300, "Crash");
            work.checkIn(client, event.id(), tickets);
            hub.proxy.comeBack();
            assertThat(client.pending()).isEqualTo(600);

            long before = hub.appliedMutations();
            CompletableFuture<Object> sync = CompletableFuture.supplyAsync(client::sync);
            long deadline = System.currentTimeMillis() + 60_000;
            while (hub.appliedMutations() - before < 130 && !sync.isDone() && System.currentTimeMillis() < deadline) {
                SyncServer.sleep(5);
            }
            hub.server.kill();
            long appliedAtCrash = hub.appliedMutations() - before;
            Throwable failure = null;
            try {
                sync.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failure = e.getCause();
            }
            assertThat(failure).as("the sync saw the server die").isInstanceOf(BackendUnavailableException.class);
            assertThat(appliedAtCrash).as("killed mid-push").isBetween(100L, 599L);
            System.out.println("server killed after " + appliedAtCrash + " of 600 mutations were applied");
            assertThat(client.pending()).as("what the client did not hear about is still pending")
                    .isGreaterThanOrEqualTo(600 - appliedAtCrash);

            hub.restartServer();
            client.syncUntilQuiet();
            assertThat(client.outboxSize()).isZero();
            assertThat(client.heldChanges()).isEmpty();
            assertThat(hub.appliedMutations() - before).as("each mutation applied exactly once").isEqualTo(600);
            work.assertAppliedOnce(hub.db(), event.id());
            client.snapshot().assertSameAs(TableSnapshot.of("server", hub.db()));
        }
    }
}
