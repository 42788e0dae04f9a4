package org.smilefactory.core.events;

import org.smilefactory.core.api.events.EventService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link EventService}, acting as and authorised for one actor. */
public final class LocalEventService implements EventService {

    private final CoreContext context;
    private final Actor actor;

    public LocalEventService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }
}
