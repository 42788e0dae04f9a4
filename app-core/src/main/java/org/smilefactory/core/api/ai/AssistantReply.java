package org.smilefactory.core.api.ai;

import java.util.UUID;

/**
 * The result of a question.
 *
 * @param answer        the assistant's message, stored in the conversation; null when AI is off
 * @param retrievalOnly true when the answer is the built-in one (no language model involved)
 * @param notice        a sentence for the member: AI is off, or the configured model failed and the
 *                      built-in answer is shown instead; else null
 */
public record AssistantReply(UUID conversationId, AssistantMessage question, AssistantMessage answer,
                             boolean aiEnabled, boolean retrievalOnly, String notice) {
}
