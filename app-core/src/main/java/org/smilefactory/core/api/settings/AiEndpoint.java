package org.smilefactory.core.api.settings;

/** Which of the hub's two AI endpoints. */
public enum AiEndpoint {
    /** {@code /v1/chat/completions}: the assistant's language model. */
    CHAT,
    /** {@code /v1/embeddings}: the vectors behind suggestions and search. */
    EMBEDDINGS
}
