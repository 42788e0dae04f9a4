package org.smilefactory.core.common;

import java.util.UUID;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.Role;

/**
 * The member a session acts as. Every local service is built for one actor, so the same
 * authorisation code runs in the desktop and behind the server.
 */
public final class Actor {

    private final UUID memberId;
    private final Role role;
    private final boolean remoteCaller;
    private final String serverTokenHash;
    private volatile boolean signedIn = true;

    /** A member acting on this computer (the desktop on its embedded or direct database, an offline copy). */
    public Actor(UUID memberId, Role role) {
        this(memberId, role, false, null);
    }

    private Actor(UUID memberId, Role role, boolean remoteCaller, String serverTokenHash) {
        this.memberId = memberId;
        this.role = role;
        this.remoteCaller = remoteCaller;
        this.serverTokenHash = serverTokenHash;
    }

    /**
     * A member acting through the server, from another computer (decision 0021): the session was opened
     * for a bearer token, whose hash is kept (null when the server opened it by member id) so a password
     * change can end every other session but this one.
     */
    public static Actor remoteCaller(UUID memberId, Role role, String serverTokenHash) {
        return new Actor(memberId, role, true, serverTokenHash);
    }

    /**
     * Whether this actor calls from another computer through the server: such a caller cannot make the
     * server read its own files (a post attachment must be an uploaded media id, never a path).
     */
    public boolean isRemoteCaller() {
        return remoteCaller;
    }

    /** The SHA-256 of the bearer token this session was opened for; null for desktop sessions. */
    public String serverTokenHash() {
        return serverTokenHash;
    }

    public UUID memberId() {
        requireSignedIn();
        return memberId;
    }

    public Role role() {
        requireSignedIn();
        return role;
    }

    public boolean isStaff() {
        return role().isStaff();
    }

    public boolean is(UUID member) {
        return memberId().equals(member);
    }

    public void signOut() {
        signedIn = false;
    }

    public void requireSignedIn() {
        if (!signedIn) {
            throw new UnauthenticatedException(Messages.get("accounts.sessionEnded"));
        }
    }

    public void requireStaff() {
        if (!isStaff()) {
            throw new PermissionDeniedException(Messages.get("accounts.staffOnly"));
        }
    }

    public void requireAdmin() {
        if (role() != Role.ADMIN) {
            throw new PermissionDeniedException(Messages.get("accounts.adminOnly"));
        }
    }

    /** Kiosk accounts may only check people in; every other service refuses them. */
    public void requireNotKiosk() {
        if (role() == Role.KIOSK) {
            throw new PermissionDeniedException(Messages.get("accounts.kioskOnly"));
        }
    }
}
