package org.smilefactory.core.api.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of the conversation list. {@code title} is the group's title, or the other member's
 * name in a direct conversation. {@code lastMessagePreview} is the start of the newest message (null
 * when there is none yet); {@code lastActivityAt} is that message's time, or when the conversation
 * was created. {@code unreadCount} counts others' messages after the viewer's last read one.
 */
public record ConversationSummary(
        UUID id,
        ConversationType type,
        String title,
        List<Participant> participants,
        String lastMessagePreview,
        String lastSenderName,
        Instant lastActivityAt,
        int unreadCount) {
}
