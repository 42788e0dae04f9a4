package org.smilefactory.core.messaging;

import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link MessagingService}, acting as and authorised for one actor. */
public final class LocalMessagingService implements MessagingService {

    private final CoreContext context;
    private final Actor actor;

    public LocalMessagingService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }
}
