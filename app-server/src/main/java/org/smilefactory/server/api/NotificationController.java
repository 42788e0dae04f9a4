package org.smilefactory.server.api;

import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.notifications.NotificationPage;
import org.smilefactory.core.remote.wire.CountResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.notifications.NotificationService} over HTTP: the caller's own notifications. */
@RestController
@RequestMapping("/api/v1/notifications")
public class NotificationController {

    @GetMapping
    public NotificationPage list(Session session, @RequestParam(required = false) String cursor,
                                 @RequestParam(defaultValue = "" + NotificationPage.DEFAULT_LIMIT) int limit) {
        return session.notifications().list(cursor, limit);
    }

    @GetMapping("/unread-count")
    public CountResponse unreadCount(Session session) {
        return new CountResponse(session.notifications().unreadCount());
    }

    @PostMapping("/{notificationId}/read")
    public void markRead(Session session, @PathVariable UUID notificationId) {
        session.notifications().markRead(notificationId);
    }

    @PostMapping("/read-all")
    public void markAllRead(Session session) {
        session.notifications().markAllRead();
    }
}
