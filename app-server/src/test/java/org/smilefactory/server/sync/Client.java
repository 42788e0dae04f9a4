package org.smilefactory.server.sync;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.offline.OfflineSession;
import org.smilefactory.core.offline.OfflineSignIn;
import org.smilefactory.core.offline.Replica;
import org.smilefactory.core.offline.ReplicaState;
import org.smilefactory.core.offline.SyncEngine;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.Replicas;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One desktop client with an offline replica, as the engine builds it: a replica in a database of its
 * own (the test PostgreSQL), the member's server session through the {@link FaultProxy}, the sync
 * engine between them and the offline session on the replica for changes made with no network.
 */
final class Client implements AutoCloseable {

    final String name;
    final String email;
    final String password;
    final String replicaDatabase;
    private final URI server;
    private final Backend online;
    private final Session serverSession;
    private final Replica replica;
    private final SyncEngine engine;
    private final JdbcClient replicaDb;
    private Session offline;

    private Client(String name, URI server, String email, String password, String replicaDatabase, int pushBatch, int pullPage) {
        this.name = name;
        this.server = server;
        this.email = email;
        this.password = password;
        this.replicaDatabase = replicaDatabase;
        this.online = Backends.remote(server);
        this.serverSession = online.signIn(email, password);
        this.replica = Replicas.jdbcStore(jdbcUrl(replicaDatabase), "postgres", "")
                .open(server, serverSession.member().id(), email);
        // as an online sign-in does: the replica keeps its own hash of the password the server accepted
        org.smilefactory.core.offline.OfflinePassword.remember(replica.context(), password);
        this.engine = new SyncEngine(replica.context(), pushBatch, pullPage);
        this.replicaDb = JdbcClient.create(TestPostgres.server().getDatabase("postgres", replicaDatabase));
    }

    /** A client with a new, empty replica. */
    static Client open(String name, URI server, String email, String password) {
        return new Client(name, server, email, password, newReplicaDatabase(), SyncEngine.DEFAULT_PUSH_BATCH,
                SyncEngine.DEFAULT_PULL_PAGE);
    }

    static Client open(String name, URI server, String email, String password, int pushBatch, int pullPage) {
        return new Client(name, server, email, password, newReplicaDatabase(), pushBatch, pullPage);
    }

    /** The same computer started again on the replica it had (e.g. after being killed). */
    static Client reopen(String name, URI server, String email, String password, String replicaDatabase) {
        return new Client(name, server, email, password, replicaDatabase, SyncEngine.DEFAULT_PUSH_BATCH,
                SyncEngine.DEFAULT_PULL_PAGE);
    }

    private static String template;

    /**
     * A new replica database, copied from one migrated once per JVM (CREATE DATABASE ... TEMPLATE takes
     * a tenth of a second; running the migrations on every new replica takes seconds).
     */
    static synchronized String newReplicaDatabase() {
        if (template == null) {
            String t = TestPostgres.createDatabase();
            Replicas.jdbc(jdbcUrl(t), "postgres", "").close();
            template = t;
        }
        String name = "r_" + UUID.randomUUID().toString().replace("-", "");
        RuntimeException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try (java.sql.Connection c = TestPostgres.server().getPostgresDatabase().getConnection();
                 java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
                return name;
            } catch (java.sql.SQLException e) {
                // the template's last connection may take a moment to go away
                last = new IllegalStateException("Could not copy the replica template", e);
                SyncServer.sleep(100);
            }
        }
        throw last;
    }

    static String jdbcUrl(String database) {
        return TestPostgres.jdbcUrl(database);
    }

    /** Time spent waiting for the server (HTTP round trips of changes and push), for the benchmark. */
    long serverNanos;

    /** The member's SyncService, timing each call to the server. */
    private SyncService timed() {
        SyncService remote = serverSession.sync();
        return new SyncService() {
            @Override
            public ChangePage changes(long cursor, int limit) {
                long t0 = System.nanoTime();
                try {
                    return remote.changes(cursor, limit);
                } finally {
                    serverNanos += System.nanoTime() - t0;
                }
            }

            @Override
            public List<MutationResult> push(List<Mutation> batch) {
                long t0 = System.nanoTime();
                try {
                    return remote.push(batch);
                } finally {
                    serverNanos += System.nanoTime() - t0;
                }
            }
        };
    }

    /** Push, pull, push again; throws BackendUnavailableException when the network fails on the way. */
    SyncEngine.Result sync() {
        return engine.sync(timed(), null);
    }

    /** Only the push half: {pushed, applied, conflicts, rejected}. */
    int[] push() {
        return engine.push(timed(), null);
    }

    /** Only the pull half: {changes applied, 1 if the replica was taken again}. */
    long[] pull() {
        return engine.pull(timed(), null);
    }

    /**
     * Syncs as the desktop does after an outage: a sync that fails for want of the server is tried again
     * (up to three times), as the offline connection's probe would. The first request after a network
     * drop may fail on a pooled connection that died with it.
     */
    SyncEngine.Result syncRetrying() {
        for (int attempt = 1; ; attempt++) {
            try {
                return sync();
            } catch (org.smilefactory.core.api.BackendUnavailableException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Syncs (retrying after an outage) until a sync neither pushes nor pulls anything. */
    void syncUntilQuiet() {
        for (int i = 0; i < 10; i++) {
            SyncEngine.Result r = syncRetrying();
            if (r.pushed() == 0 && r.pulled() == 0) {
                return;
            }
        }
        throw new AssertionError(name + " did not become quiet after 10 syncs");
    }

    /** The member's session on the replica (what the desktop uses with no network). */
    Session offline() {
        if (offline == null) {
            offline = new OfflineSession(replica.context(), OfflineSignIn.signIn(replica.context(), email, password));
        }
        return offline;
    }

    /** The member's session on the server, through the proxy. */
    Session online() {
        return serverSession;
    }

    List<HeldChange> heldChanges() {
        return engine.heldChanges();
    }

    void keepMine(UUID mutationId) {
        engine.keepMine(mutationId);
    }

    void takeTheirs(UUID mutationId) {
        engine.takeTheirs(mutationId);
    }

    long pending() {
        return engine.pendingCount();
    }

    long outboxSize() {
        return replicaDb.sql("SELECT count(*) FROM sync_outbox").query(Long.class).single();
    }

    long cursor() {
        return new ReplicaState(replicaDb).cursor();
    }

    JdbcClient db() {
        return replicaDb;
    }

    TableSnapshot snapshot() {
        return TableSnapshot.of(name, replicaDb);
    }

    URI server() {
        return server;
    }

    @Override
    public void close() {
        try {
            online.close();
        } finally {
            replica.close();
        }
    }
}
