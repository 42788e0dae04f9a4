package org.smilefactory.ui.shell;

import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.HubStatus;

/** The open backend and the signed-in session the main window works with. */
public record HubContext(Backend backend, HubStatus status, Session session) {

    public boolean isStaff() {
        return session.member().role() != null && session.member().role().isStaff();
    }
}
