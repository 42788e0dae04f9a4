package org.smilefactory.core.offline;

import org.smilefactory.core.accounts.SignedIn;
import org.smilefactory.core.common.CoreContext;

/**
 * A member's session on their offline replica: reads from the replica; profile and check-in changes
 * are made on the replica and queued in the outbox in the same transaction; anything else that writes
 * needs the server and says so.
 */
public final class OfflineSession {
    // issue 7: being built (helper B2). Will implement org.smilefactory.core.api.Session.

    public OfflineSession(CoreContext replica, SignedIn member) {
        throw new UnsupportedOperationException("issue 7: being built");
    }
}
