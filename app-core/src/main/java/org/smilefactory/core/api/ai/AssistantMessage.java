package org.smilefactory.core.api.ai;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message of a conversation.
 *
 * @param rating the member's 1–5 rating of an assistant message, or null
 */
public record AssistantMessage(UUID id, UUID conversationId, Role role, String content, List<Citation> citations,
                               Instant at, Integer rating) {

    public enum Role { USER, ASSISTANT }

    public AssistantMessage {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
