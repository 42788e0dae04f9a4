package org.smilefactory.core.api.sync;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Offline work on a server connection: the replica, the outbox and synchronisation, as the desktop
 * controls them. Listeners are called on a background thread.
 */
public interface OfflineSync {

    SyncStatus status();

    void addListener(Consumer<SyncStatus> listener);

    void removeListener(Consumer<SyncStatus> listener);

    /** Work on the replica until {@link #goOnline()}; the outbox keeps every change. */
    void goOffline();

    /**
     * Synchronises (push, then pull) and switches calls back to the server; blocking.
     *
     * @throws org.smilefactory.core.api.BackendUnavailableException when the server cannot be reached
     *         (the connection stays offline)
     */
    void goOnline();

    /** Pushes and pulls now; blocking. When offline, only when the server is reachable. */
    void syncNow();

    /** Conflicting and rejected changes, oldest first. */
    List<HeldChange> heldChanges();

    /**
     * Keeps the offline version: pushes it again on top of the server's current version.
     *
     * @throws org.smilefactory.core.api.NotFoundException when no held change has this id
     */
    void keepMine(UUID mutationId);

    /** Drops the offline version; the replica already shows the server's. */
    void takeTheirs(UUID mutationId);
}
