package org.smilefactory.core.remote;

import org.smilefactory.core.api.notifications.NotificationService;

/** {@link NotificationService} over app-server's REST API. */
final class RemoteNotificationService implements NotificationService {

    private final Calls calls;

    RemoteNotificationService(Calls calls) {
        this.calls = calls;
    }
}
