package org.smilefactory.core.remote;

import java.util.UUID;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.notifications.NotificationPage;
import org.smilefactory.core.api.notifications.NotificationService;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.remote.wire.CountResponse;

/** {@link NotificationService} over app-server's REST API. */
final class RemoteNotificationService implements NotificationService {

    private final Calls calls;

    RemoteNotificationService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public NotificationPage list(String cursor, int limit) {
        return calls.call("GET", "notifications").query("cursor", cursor).query("limit", limit).as(NotificationPage.class);
    }

    @Override
    public int unreadCount() {
        return calls.call("GET", "notifications/unread-count").as(CountResponse.class).count();
    }

    @Override
    public void markRead(UUID notificationId) {
        if (notificationId == null) {
            throw new NotFoundException(Messages.get("notifications.notFound"));
        }
        calls.call("POST", "notifications/" + notificationId + "/read").send();
    }

    @Override
    public void markAllRead() {
        calls.call("POST", "notifications/read-all").send();
    }
}
