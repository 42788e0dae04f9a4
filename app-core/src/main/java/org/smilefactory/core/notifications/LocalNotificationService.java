package org.smilefactory.core.notifications;

import org.smilefactory.core.api.notifications.NotificationService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link NotificationService}, acting as and authorised for one actor. */
public final class LocalNotificationService implements NotificationService {

    private final CoreContext context;
    private final Actor actor;

    public LocalNotificationService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }
}
