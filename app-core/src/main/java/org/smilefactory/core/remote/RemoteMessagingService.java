package org.smilefactory.core.remote;

import org.smilefactory.core.api.messaging.MessagingService;

/** {@link MessagingService} over app-server's REST API. */
final class RemoteMessagingService implements MessagingService {

    private final Calls calls;

    RemoteMessagingService(Calls calls) {
        this.calls = calls;
    }
}
