package org.smilefactory.core.remote;

import org.smilefactory.core.api.events.EventService;

/** {@link EventService} over app-server's REST API. */
final class RemoteEventService implements EventService {

    private final Calls calls;

    RemoteEventService(Calls calls) {
        this.calls = calls;
    }
}
