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
    private volatile boolean signedIn = true;

    public Actor(UUID memberId, Role role) {
        this.memberId = memberId;
        this.role = role;
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
