package org.smilefactory.core.api.notifications;

import java.util.List;

/** Notifications newest first; {@code nextCursor} is null on the last page. */
public record NotificationPage(List<NotificationView> notifications, String nextCursor) {

    public static final int DEFAULT_LIMIT = 30;
    public static final int MAX_LIMIT = 100;

    public boolean hasMore() {
        return nextCursor != null;
    }
}
