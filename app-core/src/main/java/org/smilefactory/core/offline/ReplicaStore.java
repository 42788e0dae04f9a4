package org.smilefactory.core.offline;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.accounts.HubStatus;

/**
 * Where a server connection keeps its members' replicas: one per server and member. See
 * {@code core.platform.Replicas} for the folder store of the desktop and the JDBC store of tests.
 */
public interface ReplicaStore {

    /**
     * Opens the replica of {@code memberId} on {@code server}, creating an empty one (migrated, cursor 0)
     * the first time, and remembers {@code email} so the member can sign in to it offline.
     */
    Replica open(URI server, UUID memberId, String email);

    /** The replica of the member with this e-mail on {@code server}, if one was ever taken. */
    Optional<Replica> openExisting(URI server, String email);

    /** Remembers the hub's name and time zone, for the sign-in screen when the server cannot be reached. */
    void rememberHub(URI server, HubStatus hub);

    /** What {@link #rememberHub} last kept for {@code server}. */
    Optional<HubStatus> knownHub(URI server);
}
