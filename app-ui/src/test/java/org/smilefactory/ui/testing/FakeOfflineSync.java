package org.smilefactory.ui.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.sync.ConnectionState;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.OfflineSync;
import org.smilefactory.core.api.sync.SyncPhase;
import org.smilefactory.core.api.sync.SyncStatus;

/** An offline connection for ViewModel tests and screenshots: the test sets the status and sees the calls. */
public final class FakeOfflineSync implements OfflineSync {

    public final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    public final List<String> calls = new ArrayList<>();
    public final List<HeldChange> held = new ArrayList<>();
    /** When set, goOnline and syncNow fail with it (the server is still away). */
    public RuntimeException unreachable;
    private SyncStatus status = online(null);

    public static SyncStatus online(Instant lastSynced) {
        return new SyncStatus(ConnectionState.ONLINE, false, "https://hub.example.org", SyncPhase.IDLE, 0, 0, 0, 0,
                lastSynced, null);
    }

    /** Tells the listeners, as the engine does from its own thread. */
    public void publish(SyncStatus next) {
        status = next;
        listeners.forEach(l -> l.accept(next));
    }

    @Override
    public SyncStatus status() {
        return status;
    }

    @Override
    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<SyncStatus> listener) {
        listeners.remove(listener);
    }

    @Override
    public void goOffline() {
        calls.add("goOffline");
        publish(new SyncStatus(ConnectionState.OFFLINE, true, status.server(), SyncPhase.IDLE, 0, 0, status.pending(),
                status.needsAttention(), status.lastSyncedAt(), "Working offline by choice"));
    }

    @Override
    public void goOnline() {
        calls.add("goOnline");
        if (unreachable != null) {
            throw unreachable;
        }
        publish(new SyncStatus(ConnectionState.ONLINE, false, status.server(), SyncPhase.IDLE, 0, 0, 0,
                held.size(), Instant.now(), null));
    }

    @Override
    public void syncNow() {
        calls.add("syncNow");
        if (unreachable != null) {
            throw unreachable;
        }
    }

    @Override
    public List<HeldChange> heldChanges() {
        calls.add("heldChanges");
        return List.copyOf(held);
    }

    @Override
    public void keepMine(UUID mutationId) {
        calls.add("keepMine " + mutationId);
        remove(mutationId);
    }

    @Override
    public void takeTheirs(UUID mutationId) {
        calls.add("takeTheirs " + mutationId);
        remove(mutationId);
    }

    private void remove(UUID mutationId) {
        if (!held.removeIf(h -> h.mutationId().equals(mutationId))) {
            throw new NotFoundException("That change is no longer waiting for a decision.");
        }
    }

    public static BackendUnavailableException unreachable() {
        return new BackendUnavailableException("The server https://hub.example.org cannot be reached.");
    }
}
