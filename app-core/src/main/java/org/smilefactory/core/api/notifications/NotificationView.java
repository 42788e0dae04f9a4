package org.smilefactory.core.api.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification. {@code entityType}/{@code entityId} name what it is about so a screen can open
 * it (e.g. {@code member}, {@code conversation}, {@code post}, {@code comment}); {@code actorName} is
 * null when nobody in particular caused it. {@code readAt} is null while unread.
 */
public record NotificationView(
        UUID id,
        NotificationType type,
        UUID actorId,
        String actorName,
        String entityType,
        UUID entityId,
        String title,
        String body,
        Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
