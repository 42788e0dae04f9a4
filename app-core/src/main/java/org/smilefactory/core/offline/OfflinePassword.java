package org.smilefactory.core.offline;

import java.util.Optional;
import org.smilefactory.core.common.CoreContext;

/**
 * The replica owner's password check for signing in offline, made on this computer: when the server
 * has just accepted the member's password, the replica keeps its own bcrypt hash of it in
 * {@code sync_state}. The server's password hash never leaves the server (decision 0013), so this is
 * the only password check a replica holds; a device-bound credential may replace it.
 */
public final class OfflinePassword {

    public static final String KEY = "offline_password_hash";

    private OfflinePassword() {
    }

    /** Keeps a hash of {@code password}, which the server accepted just now (bcrypt only when it changed). */
    public static void remember(CoreContext replica, String password) {
        if (password == null) {
            return;
        }
        ReplicaState state = new ReplicaState(replica.jdbc());
        Optional<String> known = state.get(KEY);
        if (known.isPresent() && replica.passwords().matches(password, known.get())) {
            return;
        }
        state.put(KEY, replica.passwords().hash(password));
    }

    /** The owner's hash, if they ever signed in online on this replica. */
    public static Optional<String> hash(CoreContext replica) {
        return new ReplicaState(replica.jdbc()).get(KEY);
    }
}
