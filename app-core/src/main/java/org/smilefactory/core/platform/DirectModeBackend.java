package org.smilefactory.core.platform;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendInfo;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.common.Messages;

/**
 * A desktop on a shared database in direct mode (decision 0022): only staff and administrators sign in.
 * A direct-mode desktop holds database credentials and enforces the services' rules in its own process,
 * so whoever runs it could read past them; members and kiosks reach the hub through its server instead.
 */
final class DirectModeBackend implements Backend {

    private final LocalBackend local;

    DirectModeBackend(LocalBackend local) {
        this.local = local;
    }

    @Override
    public BackendInfo info() {
        return local.info();
    }

    @Override
    public HubStatus hubStatus() {
        return local.hubStatus();
    }

    /** Setup creates the first administrator: staff by definition. */
    @Override
    public java.util.Optional<org.smilefactory.core.api.events.KioskStart> kioskStart(java.util.UUID eventId) {
        return local.kioskStart(eventId);
    }

    @Override
    public Session completeSetup(FirstRunSetup setup) {
        return local.completeSetup(setup);
    }

    /**
     * @throws PermissionDeniedException when the member is neither staff nor an administrator
     */
    @Override
    public Session signIn(String email, String password) {
        Session session = local.signIn(email, password);
        if (!session.member().role().isStaff()) {
            session.signOut();
            throw new PermissionDeniedException(Messages.get("platform.directStaffOnly"));
        }
        return session;
    }

    /** A member signs up with their code (it is spent), but only staff then get in, as with {@link #signIn}. */
    @Override
    public Session signUpWithCode(org.smilefactory.core.api.accounts.CodeSignUp signUp) {
        Session session = local.signUpWithCode(signUp);
        if (!session.member().role().isStaff()) {
            session.signOut();
            throw new PermissionDeniedException(Messages.get("platform.directStaffOnly"));
        }
        return session;
    }

    @Override
    public void resetPasswordWithCode(org.smilefactory.core.api.accounts.CodeSignUp reset) {
        local.resetPasswordWithCode(reset);
    }

    @Override
    public void close() {
        local.close();
    }
}
