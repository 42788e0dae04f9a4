package org.smilefactory.core.social;

import org.smilefactory.core.api.social.ConnectionService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link ConnectionService}, acting as and authorised for one actor. */
public final class LocalConnectionService implements ConnectionService {

    private final CoreContext context;
    private final Actor actor;

    public LocalConnectionService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }
}
