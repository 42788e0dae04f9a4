package org.smilefactory.core.api.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation with its participants and their read positions. {@code canSend} is false in a
 * direct conversation when a block stands between the two members.
 */
public record ConversationView(
        UUID id,
        ConversationType type,
        String title,
        UUID createdBy,
        Instant createdAt,
        List<Participant> participants,
        boolean canSend) {
}
