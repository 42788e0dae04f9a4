package org.smilefactory.core.ai;

import java.util.List;

/** A language model that answers from a system prompt and a conversation. */
public interface ChatModel {

    record Message(String role, String content) {
    }

    record Answer(String text, int tokens) {
    }

    /** @throws AiEndpointException when the endpoint fails or times out */
    Answer complete(List<Message> messages);
}
