package org.smilefactory.core.api.ai;

/**
 * The hub's AI endpoints (staff). Blank URLs mean the built-in, offline behaviour: the local
 * MiniLM model for embeddings and the built-in retrieval answer for the assistant. API keys are
 * write-only: reads say only whether one is set.
 *
 * @param embeddingUrl   base URL of an OpenAI-compatible API for {@code /v1/embeddings}, or blank
 * @param embeddingModel the model name sent to it
 * @param chatUrl        base URL of an OpenAI-compatible API for {@code /v1/chat/completions}, or blank
 * @param chatModel      the model name sent to it
 */
public record AiSettings(String embeddingUrl, String embeddingModel, boolean embeddingKeySet,
                         String chatUrl, String chatModel, boolean chatKeySet) {
}
