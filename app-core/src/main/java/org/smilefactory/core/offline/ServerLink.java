package org.smilefactory.core.offline;

import java.util.List;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.api.sync.SyncService;

/**
 * The member's way to the server. A member who signed in offline has no server session yet, and a
 * session can expire during days offline, so the link keeps the credentials of this sign-in in memory
 * (never on disk) to sign in again when the server answers.
 */
final class ServerLink {

    private final Backend remote;
    private final String email;
    private volatile String password;
    private volatile Session session;

    ServerLink(Backend remote, String email, String password, Session session) {
        this.remote = remote;
        this.email = email;
        this.password = password;
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
            s = remote.signIn(email, password);
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

    /** The member changed their password on the server: sign in with the new one from now on. */
    void passwordChanged(String newPassword) {
        this.password = newPassword;
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
