package org.smilefactory.core.offline;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.accounts.SignedIn;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendInfo;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.remote.RemoteBackend;

/**
 * A server connection that keeps an offline replica per member ("work offline"). Signing in while the
 * server answers signs in there and opens (the first time: takes, in the background) the member's
 * replica; while it does not, a member with a replica on this computer signs in against the hash of
 * their password this computer made (see {@link OfflinePassword}) and works offline until the
 * server is back. Sessions route every call (see {@link Session#offlineSync()} for the state and
 * controls). The password is used for the sign-in and then dropped: to sign itself back in later the
 * copy uses a device credential the server issued at sign-in (decision 0021), which an admin, a
 * password change and removing the member revoke.
 */
public final class OfflineBackend implements Backend {

    private final URI server;
    private final RemoteBackend remote;
    private final ReplicaStore replicas;
    private final OfflineSettings settings;
    private final java.util.Set<Session> open = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public OfflineBackend(URI server, ReplicaStore replicas, OfflineSettings settings) {
        this.server = server;
        this.remote = new RemoteBackend(server);
        this.replicas = replicas;
        this.settings = settings;
    }

    @Override
    public BackendInfo info() {
        return remote.info();
    }

    /** The server's answer, or when it cannot be reached the hub as last seen from this computer. */
    @Override
    public HubStatus hubStatus() {
        try {
            HubStatus status = remote.hubStatus();
            replicas.rememberHub(server, status);
            return status;
        } catch (BackendUnavailableException e) {
            return replicas.knownHub(server).orElseThrow(() -> e);
        }
    }

    /** The server's answer; with no network this throws, and the door signs in without the title. */
    @Override
    public java.util.Optional<org.smilefactory.core.api.events.KioskStart> kioskStart(java.util.UUID eventId) {
        return remote.kioskStart(eventId);
    }

    @Override
    public Session completeSetup(FirstRunSetup setup) {
        Session session = remote.completeSetup(setup);
        return online(session, setup.adminEmail(), setup.adminPassword());
    }

    /**
     * @throws org.smilefactory.core.api.UnauthenticatedException on a wrong e-mail or password (checked
     *         by the server, or offline against the replica)
     * @throws BackendUnavailableException when the server cannot be reached and this computer holds no
     *         replica for this e-mail
     */
    @Override
    public Session signIn(String email, String password) {
        Session session;
        try {
            session = remote.signIn(email, password);
        } catch (BackendUnavailableException unreachable) {
            return offline(email, password, unreachable);
        }
        return online(session, email, password);
    }

    /** Needs the server (the code is checked and spent there); then the new member works as after a sign-in. */
    @Override
    public Session signUpWithCode(org.smilefactory.core.api.accounts.CodeSignUp signUp) {
        Session session;
        try {
            session = remote.signUpWithCode(signUp);
        } catch (BackendUnavailableException unreachable) {
            throw NeedsServer.refuse("signUp");
        }
        return online(session, session.member().email(), signUp.password());
    }

    @Override
    public void resetPasswordWithCode(org.smilefactory.core.api.accounts.CodeSignUp reset) {
        try {
            remote.resetPasswordWithCode(reset);
        } catch (BackendUnavailableException unreachable) {
            throw NeedsServer.refuse("signUp");
        }
    }

    private Session online(Session session, String email, String password) {
        MemberAccount member = session.member();
        Replica replica;
        try {
            replica = replicas.open(server, member.id(), member.email() != null ? member.email() : email);
            rememberHub(replica);
            OfflinePassword.remember(replica.context(), password);
        } catch (RuntimeException e) {
            session.signOut();
            throw e;
        }
        DeviceSecrets secrets = replica.secrets().orElse(null);
        if (secrets != null) {
            keepDeviceCredential(session, secrets);
        }
        ServerLink link = new ServerLink(remote, secrets, session);
        SignedIn signedIn = new SignedIn(member, new Actor(member.id(), member.role()));
        return open(replica, link, signedIn, true);
    }

    private Session offline(String email, String password, BackendUnavailableException unreachable) {
        Optional<Replica> existing = replicas.openExisting(server, email);
        if (existing.isEmpty()) {
            throw new BackendUnavailableException(Messages.get("syncengine.noReplica", server, email), unreachable);
        }
        Replica replica = existing.get();
        try {
            SignedIn signedIn = OfflineSignIn.signIn(replica.context(), email, password);
            return open(replica, new ServerLink(remote, replica.secrets().orElse(null), null), signedIn, false);
        } catch (RuntimeException e) {
            replica.close();
            throw e;
        }
    }

    private Session open(Replica replica, ServerLink link, SignedIn signedIn, boolean online) {
        OfflineSession offline = new OfflineSession(replica.context(), signedIn);
        SyncEngine engine = new SyncEngine(replica.context(), settings.pushBatch(), settings.pullPage(), settings.neededOnly());
        OfflineConnection connection = new OfflineConnection(server.toString(), link, engine, settings, online);
        RoutingSession session = new RoutingSession(signedIn.account(), link, offline, connection, replica, open::remove);
        open.add(session);
        connection.start();
        // a kiosk's copy, online or not, gets only the check-in methods (decision 0021)
        return org.smilefactory.core.common.KioskOnly.restrict(session);
    }

    /**
     * Asks the server for this copy's device credential and keeps it; without one the copy can still be
     * used offline, but cannot sign itself back in when its session has ended (it says so).
     */
    private void keepDeviceCredential(Session session, DeviceSecrets secrets) {
        try {
            secrets.store(remote.issueDeviceCredential(session, secrets.deviceId(), secrets.deviceName()));
        } catch (HubException | java.io.UncheckedIOException e) {
            LoggerFactory.getLogger(OfflineBackend.class).warn("No device credential for the offline copy: {}", e.getMessage());
        }
    }

    private void rememberHub(Replica replica) {
        try {
            HubStatus hub = remote.hubStatus();
            replicas.rememberHub(server, hub);
            ReplicaState state = new ReplicaState(replica.context().jdbc());
            state.put(ReplicaState.HUB_NAME, hub.hubName() == null ? "" : hub.hubName());
            state.put(ReplicaState.HUB_TIME_ZONE, hub.timeZone() == null ? "" : hub.timeZone());
        } catch (HubException e) {
            LoggerFactory.getLogger(OfflineBackend.class).debug("Hub status not remembered: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        // a session left open would keep its replica's PostgreSQL running after the window closed
        for (Session session : List.copyOf(open)) {
            try {
                session.signOut();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(OfflineBackend.class).warn("Closing a session failed", e);
            }
        }
        remote.close();
    }

    @Override
    public String toString() {
        return "OfflineBackend[" + server + "]";
    }
}
