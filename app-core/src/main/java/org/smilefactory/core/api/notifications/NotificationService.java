package org.smilefactory.core.api.notifications;

import java.util.UUID;

/** The signed-in member's own notifications. Nobody can read or mark another member's. */
public interface NotificationService {

    /** Newest first; {@code cursor} is the previous page's next cursor. */
    NotificationPage list(String cursor, int limit);

    int unreadCount();

    /** Marks one of the viewer's notifications read; someone else's is {@link org.smilefactory.core.api.NotFoundException}. */
    void markRead(UUID notificationId);

    void markAllRead();
}
