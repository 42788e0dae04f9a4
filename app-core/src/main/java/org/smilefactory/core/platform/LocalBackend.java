package org.smilefactory.core.platform;

import java.nio.file.Path;
import java.time.Duration;
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
import org.smilefactory.core.backup.BackupScheduler;
import org.smilefactory.core.backup.BackupSettings;
import org.smilefactory.core.backup.Backups;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.KioskOnly;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.PasswordHasher;
import org.smilefactory.core.retention.RetentionJob;
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
    private RetentionJob retention;
    /** Null until {@link #enableBackups}: direct mode takes no backups of its own (decision 0017). */
    private volatile Backups backups;
    private volatile BackupScheduler backupScheduler;

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

    /**
     * Backups of this database into {@code <files>/backups} (the embedded desktop and the server); not
     * part of the contract. Call once, before the first session.
     */
    public synchronized LocalBackend enableBackups(BackupSettings settings) {
        if (backups != null) {
            throw new IllegalStateException("Backups are enabled already");
        }
        backups = Backups.inFolder(context.dataSource(), context.files(), context.clock(), settings);
        return this;
    }

    /**
     * Starts the automatic backups the settings ask for (the desktop app and the server do; command-line
     * tools and benchmarks do not, so a long run is never slowed by a backup); stopped by {@link #close()}.
     */
    public synchronized LocalBackend startAutomaticBackups() {
        if (backups != null && backupScheduler == null) {
            backupScheduler = BackupScheduler.start(backups, context.clock()).orElse(null);
        }
        return this;
    }

    /** The backups of this database, when enabled (command-line tools); not part of the contract. */
    public Optional<Backups> backups() {
        return Optional.ofNullable(backups);
    }

    @Override
    public BackendInfo info() {
        return info;
    }

    @Override
    public HubStatus hubStatus() {
        return DatabaseGuard.call(authenticator::hubStatus);
    }

    @Override
    public java.util.Optional<org.smilefactory.core.api.events.KioskStart> kioskStart(java.util.UUID eventId) {
        return DatabaseGuard.call(() -> org.smilefactory.core.events.KioskStarts.find(context().jdbc(), eventId));
    }

    @Override
    public Session completeSetup(FirstRunSetup setup) {
        return DatabaseGuard.call(() -> desktopSession(authenticator.completeSetup(setup)));
    }

    @Override
    public Session signIn(String email, String password) {
        return DatabaseGuard.call(() -> desktopSession(authenticator.signIn(email, password)));
    }

    @Override
    public Session signUpWithCode(org.smilefactory.core.api.accounts.CodeSignUp signUp) {
        return DatabaseGuard.call(() -> desktopSession(authenticator.signUpWithCode(signUp)));
    }

    @Override
    public void resetPasswordWithCode(org.smilefactory.core.api.accounts.CodeSignUp reset) {
        DatabaseGuard.call(() -> {
            authenticator.resetPasswordWithCode(reset);
            return null;
        });
    }

    /**
     * A session signed in with a password or code, i.e. a desktop's (the server signs in through here
     * too, but turns the session into a token at once): it ends when staff deactivate the member
     * (decision 0024). Sessions the server opens per request from a token need no such check.
     */
    private Session desktopSession(org.smilefactory.core.accounts.SignedIn signedIn) {
        return ActiveMemberGuard.session(session(signedIn), context.jdbc());
    }

    /**
     * A session for an existing, not deleted member, with their current role (the server opens one
     * per request from a bearer token); not part of the contract.
     *
     * @throws UnauthenticatedException when the member does not exist (any more)
     */
    public Session sessionFor(UUID memberId) {
        return DatabaseGuard.call(() -> new SessionTokens(context).signedIn(memberId)
                .map(this::session)
                .orElseThrow(() -> new UnauthenticatedException(Messages.get("accounts.sessionEnded"))));
    }

    /** The session a live server token stands for, found in one database round trip; empty when the token is dead. */
    public Optional<Session> sessionForToken(String token) {
        return DatabaseGuard.call(() -> new SessionTokens(context).open(token).map(this::session));
    }

    /** A kiosk's session gets only the check-in methods, deny by default (decision 0021). */
    private Session session(org.smilefactory.core.accounts.SignedIn signedIn) {
        // database faults become BackendUnavailableException (decision 0003), text the database cannot
        // store is refused (decision 0020), and kiosks get only check-in (decision 0021)
        return KioskOnly.restrict(TextGuard.session(DatabaseGuard.session(new LocalSession(context, backups, signedIn))));
    }

    /**
     * Starts applying the retention periods to this database in the background (decision 0023), with
     * the defaults: a first check a minute after start, then hourly, a run at most daily. For the
     * processes that own a database (the desktop's embedded hub, the server), not for every backend a
     * tool or test opens; stopped by {@link #close()}. A second call does nothing.
     */
    public LocalBackend startRetention() {
        return startRetention(RetentionJob.FIRST_CHECK, RetentionJob.CHECK_EVERY, RetentionJob.RUN_EVERY);
    }

    /** As {@link #startRetention()} with other timings (the server's settings, tests). */
    public synchronized LocalBackend startRetention(Duration firstCheck, Duration checkEvery, Duration runEvery) {
        if (retention == null) {
            retention = RetentionJob.start(context, firstCheck, checkEvery, runEvery);
        }
        return this;
    }

    @Override
    public void close() {
        if (backupScheduler != null) {
            backupScheduler.close();
        }
        synchronized (this) {
            if (retention != null) {
                retention.close();
            }
        }
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
