package org.smilefactory.core.offline;

import java.util.List;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.remote.RemoteBackend;

/**
 * The member's way to the server. A member who signed in offline has no server session yet, and a
 * session can expire during days offline, so the link signs in again with this copy's device
 * credential (decision 0021) — never with the password, which is not kept after sign-in. The server
 * refuses the credential once an admin ended the member's sessions, the password was changed or reset
 * elsewhere, or the member was removed: the copy then cannot sign itself back in, and says so.
 */
final class ServerLink {

    private final RemoteBackend remote;
    private final DeviceSecrets secrets;
    private volatile Session session;

    /** {@code secrets} may be null: a copy that keeps no credential signs in only with a password. */
    ServerLink(RemoteBackend remote, DeviceSecrets secrets, Session session) {
        this.remote = remote;
        this.secrets = secrets;
        this.session = session;
    }

    /** The server session, or null while none was opened (signed in offline, or ended). */
    Session current() {
        return session;
    }

    /** The server session, signing in first when there is none. */
    Session session() {
        Session s = session;
        if (s == null) {
            String credential = secrets == null ? null : secrets.credential().orElse(null);
            if (credential == null) {
                throw new UnauthenticatedException(Messages.get("syncengine.noDeviceCredential"));
            }
            s = remote.signInWithDeviceCredential(credential);
            session = s;
        }
        return s;
    }

    /** Cheap question without a session: does the server answer? Throws BackendUnavailableException if not. */
    void probe() {
        remote.hubStatus();
    }

    /** The server's sync door; an expired session is replaced once (pushes are idempotent by id). */
    SyncService sync() {
        return new SyncService() {
            @Override
            public ChangePage changes(long cursor, int limit) {
                try {
                    return session().sync().changes(cursor, limit);
                } catch (UnauthenticatedException expired) {
                    session = null;
                    return session().sync().changes(cursor, limit);
                }
            }

            @Override
            public ChangePage changes(long cursor, int limit, boolean neededOnly) {
                try {
                    return session().sync().changes(cursor, limit, neededOnly);
                } catch (UnauthenticatedException expired) {
                    session = null;
                    return session().sync().changes(cursor, limit, neededOnly);
                }
            }

            @Override
            public List<MutationResult> push(List<Mutation> batch) {
                try {
                    return session().sync().push(batch);
                } catch (UnauthenticatedException expired) {
                    session = null;
                    return session().sync().push(batch);
                }
            }
        };
    }

    /** Forgets a session the server no longer accepts (expired during days offline), so the next use signs in again. */
    boolean renew(Session expired) {
        if (session == expired && expired != null) {
            session = null;
            return true;
        }
        return false;
    }

    void signOut() {
        Session s = session;
        session = null;
        if (s != null) {
            try {
                s.signOut();
            } catch (HubException e) {
                LoggerFactory.getLogger(ServerLink.class).warn("Server sign-out failed: {}", e.getMessage());
            }
        }
    }
}
