package org.smilefactory.core.platform;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.accounts.Authenticator;
import org.smilefactory.core.accounts.SessionTokens;
import org.smilefactory.core.accounts.SignedIn;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendInfo;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.PasswordHasher;
import org.smilefactory.core.common.TextGuard;

/**
 * The contract served straight from a PostgreSQL database (embedded or direct). The server will
 * serve the same services, opening one session per bearer token.
 */
public final class LocalBackend implements Backend {

    private final Database database;
    private final AutoCloseable owned;
    private final BackendInfo info;
    private final CoreContext context;
    private final Authenticator authenticator;

    LocalBackend(Database database, AutoCloseable owned, BackendInfo info, Path files) {
        this.database = database;
        this.owned = owned;
        this.info = info;
        this.context = database.context(new PasswordHasher(10), files);
        this.authenticator = new Authenticator(context);
    }

    /** For the server and tools that share the database pool; not part of the contract. */
    public CoreContext context() {
        return context;
    }

    @Override
    public BackendInfo info() {
        return info;
    }

    @Override
    public HubStatus hubStatus() {
        return authenticator.hubStatus();
    }

    @Override
    public Session completeSetup(FirstRunSetup setup) {
        return guarded(authenticator.completeSetup(setup));
    }

    @Override
    public Session signIn(String email, String password) {
        return guarded(authenticator.signIn(email, password));
    }

    /**
     * A session for an existing, not deleted member, with their current role (the server opens one
     * per request from a bearer token); not part of the contract.
     *
     * @throws UnauthenticatedException when the member does not exist (any more)
     */
    public Session sessionFor(UUID memberId) {
        return new SessionTokens(context).signedIn(memberId)
                .map(this::guarded)
                .orElseThrow(() -> new UnauthenticatedException(Messages.get("accounts.sessionEnded")));
    }

    /** The session a live server token stands for, found in one database round trip; empty when the token is dead. */
    public Optional<Session> sessionForToken(String token) {
        return new SessionTokens(context).open(token).map(this::guarded);
    }

    /** Every session's services refuse text the database cannot store (decision 0020). */
    private Session guarded(SignedIn signedIn) {
        return TextGuard.session(new LocalSession(context, signedIn));
    }

    @Override
    public void close() {
        database.close();
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(LocalBackend.class).warn("Closing {} failed", info.location(), e);
            }
        }
    }
}
