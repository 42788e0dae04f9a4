package org.smilefactory.core.api.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * A message. {@code readAt} is set in direct conversations once the recipient has read it (the
 * sender's read receipt); in group conversations it is null and {@link Participant} positions say
 * who has read how far. {@code cursor} is this message's opaque position, usable as a paging or
 * polling cursor.
 */
public record MessageView(
        UUID id,
        UUID conversationId,
        UUID senderId,
        String senderName,
        String body,
        Instant sentAt,
        Instant readAt,
        String cursor) {
}
