package org.smilefactory.core.offline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.sync.ConnectionState;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.OfflineSync;
import org.smilefactory.core.api.sync.SyncPhase;
import org.smilefactory.core.api.sync.SyncStatus;
import org.smilefactory.core.common.Messages;

/**
 * The state of one server connection with a replica: online (calls go to the server, the replica
 * follows by a background sync every {@link OfflineSettings#pullInterval()}), offline (calls go to the
 * replica; when offline automatically, the server is probed every {@link OfflineSettings#probeInterval()}
 * and the connection comes back by itself) or syncing (coming back: push, pull, then online). Every
 * change of state, phase or count is told to the listeners; going offline always says why.
 */
final class OfflineConnection implements OfflineSync {

    private static final Logger log = LoggerFactory.getLogger(OfflineConnection.class);
    /** Faster than any connect timeout: a dead pooled connection or a refused port. */
    private static final Duration QUICK_FAILURE = Duration.ofSeconds(2);

    private final String server;
    private final ServerLink link;
    private final SyncEngine engine;
    private final OfflineSettings settings;
    private final ScheduledExecutorService scheduler;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock syncing = new ReentrantLock();
    private final Object lock = new Object();

    private ConnectionState state;
    private boolean manual;
    private String message;
    private SyncPhase phase = SyncPhase.IDLE;
    private long done;
    private long total;
    private long pending;
    private long held;
    private Instant lastSyncedAt;
    private SyncStatus published;
    private ScheduledFuture<?> next;
    private volatile boolean closed;

    OfflineConnection(String server, ServerLink link, SyncEngine engine, OfflineSettings settings, boolean online) {
        this.server = server;
        this.link = link;
        this.engine = engine;
        this.settings = settings;
        this.state = online ? ConnectionState.ONLINE : ConnectionState.OFFLINE;
        this.message = online ? null : Messages.get("syncengine.unreachable", server);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "smilefactory-sync");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts background work: at once when online (take or refresh the replica), else the first probe. */
    void start() {
        lastSyncedAt = engine.state().lastSyncAt().orElse(null);
        refreshCounts();
        schedule(state == ConnectionState.ONLINE ? Duration.ZERO : settings.probeInterval());
    }

    /** Whether calls should go to the server now. */
    boolean routesToServer() {
        synchronized (lock) {
            return state == ConnectionState.ONLINE;
        }
    }

    /** A call to the server failed for want of the server: work offline from now on, and say so. */
    void serverUnreachable(BackendUnavailableException e) {
        boolean changed = false;
        synchronized (lock) {
            if (state == ConnectionState.ONLINE) {
                state = ConnectionState.OFFLINE;
                manual = false;
                message = Messages.get("syncengine.unreachable", server);
                changed = true;
            }
        }
        if (changed) {
            log.info("Server {} unreachable, working offline: {}", server, e.getMessage());
            publish();
            schedule(settings.probeInterval());
        }
    }

    /** Re-reads the outbox counts (after a change made on the replica) and tells the listeners if they moved. */
    void refreshCounts() {
        try {
            long p = engine.pendingCount();
            long h = engine.heldCount();
            synchronized (lock) {
                pending = p;
                held = h;
            }
            publish();
        } catch (RuntimeException e) {
            if (!closed) {
                log.warn("Could not count the outbox: {}", e.toString());
            }
        }
    }

    @Override
    public SyncStatus status() {
        synchronized (lock) {
            return snapshot();
        }
    }

    @Override
    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void removeListener(Consumer<SyncStatus> listener) {
        listeners.remove(listener);
    }

    @Override
    public void goOffline() {
        synchronized (lock) {
            state = ConnectionState.OFFLINE;
            manual = true;
            message = Messages.get("syncengine.manualOffline", server);
        }
        publish();
    }

    @Override
    public void goOnline() {
        synchronized (lock) {
            // asked to be online: from now on come back by itself if this attempt fails
            manual = false;
        }
        try {
            synchronise(true);
        } catch (BackendUnavailableException e) {
            synchronized (lock) {
                state = ConnectionState.OFFLINE;
                message = Messages.get("syncengine.unreachable", server);
            }
            publish();
            schedule(settings.probeInterval());
            throw e;
        } catch (UnauthenticatedException e) {
            refused(e);
            throw e;
        }
    }

    @Override
    public void syncNow() {
        boolean stayOffline;
        synchronized (lock) {
            stayOffline = manual;
        }
        try {
            synchronise(!stayOffline);
        } catch (BackendUnavailableException e) {
            serverUnreachable(e);
            throw e;
        } catch (UnauthenticatedException e) {
            refused(e);
            throw e;
        }
    }

    @Override
    public List<HeldChange> heldChanges() {
        return engine.heldChanges();
    }

    @Override
    public void keepMine(UUID mutationId) {
        engine.keepMine(mutationId);
        refreshCounts();
        if (routesToServer()) {
            schedule(Duration.ZERO);
        }
    }

    @Override
    public void takeTheirs(UUID mutationId) {
        engine.takeTheirs(mutationId);
        refreshCounts();
    }

    /** Stops background work; waits a little for a running synchronisation to stop. */
    void close() {
        closed = true;
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("A synchronisation with {} was still running at sign-out", server);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Push, pull, push. With {@code goOnline}, the connection is SYNCING meanwhile (calls use the replica)
     * and ONLINE afterwards; otherwise the state stays as it is and only the phase shows.
     */
    private void synchronise(boolean goOnline) {
        syncing.lock();
        try {
            boolean switching;
            synchronized (lock) {
                switching = goOnline && state != ConnectionState.ONLINE;
            }
            if (switching) {
                retryingFastFailures(() -> {
                    link.probe();
                    link.session();
                });
                synchronized (lock) {
                    state = ConnectionState.SYNCING;
                }
                publish();
            }
            retryingFastFailures(() -> engine.sync(link.sync(), this::progress));
            Instant finished = engine.state().lastSyncAt().orElse(Instant.now());
            synchronized (lock) {
                lastSyncedAt = finished;
                if (switching) {
                    state = ConnectionState.ONLINE;
                    message = null;
                } else if (state == ConnectionState.ONLINE) {
                    message = null;
                }
            }
            refreshCounts();
        } catch (RuntimeException e) {
            synchronized (lock) {
                phase = SyncPhase.IDLE;
                if (state == ConnectionState.SYNCING) {
                    state = ConnectionState.OFFLINE;
                    message = Messages.get("syncengine.unreachable", server);
                }
            }
            refreshCounts();
            throw e;
        } finally {
            syncing.unlock();
        }
    }

    /**
     * The first requests after a network drop can fail at once on pooled connections that died with it;
     * such a quick failure is tried again (a few times: a pool holds several). A slow failure (a
     * timeout) is not: the server is really away. Pushing again is safe (idempotent by mutation id) and
     * pulling resumes from the cursor.
     */
    private void retryingFastFailures(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try {
                step.run();
                return;
            } catch (BackendUnavailableException e) {
                boolean quick = System.nanoTime() - started < QUICK_FAILURE.toNanos();
                if (!quick || attempt >= 4 || closed) {
                    throw e;
                }
            }
        }
    }

    private void tick() {
        if (closed) {
            return;
        }
        ConnectionState now;
        boolean manualNow;
        synchronized (lock) {
            now = state;
            manualNow = manual;
        }
        try {
            if (now == ConnectionState.ONLINE) {
                synchronise(false);
            } else if (!manualNow && now == ConnectionState.OFFLINE) {
                synchronise(true);
            }
        } catch (BackendUnavailableException e) {
            if (now == ConnectionState.ONLINE) {
                serverUnreachable(e);
            }
        } catch (UnauthenticatedException e) {
            refused(e);
        } catch (RuntimeException e) {
            if (closed) {
                return;
            }
            log.warn("Synchronisation with {} failed", server, e);
            synchronized (lock) {
                message = Messages.get("syncengine.syncFailed", server, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            publish();
        } finally {
            if (!closed) {
                schedule(routesToServer() ? settings.pullInterval() : settings.probeInterval());
            }
        }
    }

    /**
     * The server refuses this copy's sign-in (an admin ended the member's sessions, the password was
     * changed elsewhere, the member was removed, decision 0021): asking again every few seconds would
     * only trip its sign-in throttle, so wait for the member to sign in again, and say so.
     */
    private void refused(UnauthenticatedException e) {
        log.info("Server {} refused the offline copy's sign-in: {}", server, e.getMessage());
        synchronized (lock) {
            if (state != ConnectionState.ONLINE) {
                manual = true;
            }
            message = Messages.get("syncengine.signInAgain", server);
        }
        publish();
    }

    private void schedule(Duration delay) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (next != null) {
                next.cancel(false);
            }
            try {
                next = scheduler.schedule(this::tick, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // shutting down
            }
        }
    }

    private void progress(SyncPhase p, long d, long t) {
        synchronized (lock) {
            phase = p;
            done = d;
            total = t;
        }
        publish();
    }

    private SyncStatus snapshot() {
        return new SyncStatus(state, manual, server, phase, done, total, pending, held, lastSyncedAt, message);
    }

    private void publish() {
        SyncStatus status;
        synchronized (lock) {
            status = snapshot();
            if (status.equals(published)) {
                return;
            }
            published = status;
        }
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                log.warn("A sync status listener failed", e);
            }
        }
    }
}
