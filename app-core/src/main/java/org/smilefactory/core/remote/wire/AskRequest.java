package org.smilefactory.core.remote.wire;

import java.util.UUID;

/** Body of POST /api/v1/ai/assistant/ask: {@code conversationId} null starts a conversation. */
public record AskRequest(UUID conversationId, String question) {
}
