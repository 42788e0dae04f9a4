package org.smilefactory.server.sync;

import java.net.URI;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.offline.Replica;
import org.smilefactory.core.offline.SyncEngine;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.Replicas;

/**
 * A desktop client's synchronisation in a JVM of its own, so a test can kill it mid-pull like a
 * crashed laptop: signs in to the server, opens the replica (a database by JDBC URL) and syncs once,
 * printing each progress step on a line of its own.
 *
 * <p>Arguments: server URL, replica JDBC URL, e-mail, password, pull page size.
 */
public final class SyncClientMain {

    private SyncClientMain() {
    }

    public static void main(String[] args) {
        URI server = URI.create(args[0]);
        String replicaUrl = args[1];
        String email = args[2];
        String password = args[3];
        int pullPage = Integer.parseInt(args[4]);
        try (Backend backend = Backends.remote(server)) {
            Session session = backend.signIn(email, password);
            try (Replica replica = Replicas.jdbcStore(replicaUrl, "postgres", "").open(server, session.member().id(), email)) {
                SyncEngine engine = new SyncEngine(replica.context(), SyncEngine.DEFAULT_PUSH_BATCH, pullPage);
                System.out.println("STARTED");
                SyncEngine.Result r = engine.sync(session.sync(), (phase, done, total) -> {
                    System.out.println("PROGRESS " + phase + " " + done + " " + total);
                    System.out.flush();
                });
                System.out.println("DONE pulled=" + r.pulled());
            }
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e);
            e.printStackTrace(System.out);
            System.exit(2);
        }
        System.exit(0);
    }
}
