package org.smilefactory.core.api.ai;

import java.util.List;
import java.util.UUID;

/** The AI assistant: conversations grounded in hub data the member may see, with citations. */
public interface AssistantService {

    int MAX_QUESTION_LENGTH = 2000;

    /**
     * Answers a question from the hub's data the member may see, citing the items used.
     *
     * @param conversationId the conversation to continue, or null to start one
     * @throws org.smilefactory.core.api.ValidationException for a blank or too long question
     * @throws org.smilefactory.core.api.NotFoundException for a conversation that is not the member's
     */
    AssistantReply ask(UUID conversationId, String question);

    /** The member's conversations, most recent first. */
    List<ConversationSummary> conversations();

    /** A conversation's messages in order. */
    List<AssistantMessage> messages(UUID conversationId);

    /**
     * Rates an assistant answer 1–5 (again to change it); recorded in ai_analytics.
     *
     * @throws org.smilefactory.core.api.ValidationException for stars outside 1–5 or a message that is not an answer
     * @throws org.smilefactory.core.api.NotFoundException for a message not in the member's conversations
     */
    AssistantMessage rate(UUID messageId, int stars);

    AiPreferences preferences();

    /** @throws org.smilefactory.core.api.ConflictException when {@code expectedVersion} is stale */
    AiPreferences savePreferences(boolean aiEnabled, ResponseStyle responseStyle, long expectedVersion);
}
