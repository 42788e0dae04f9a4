package org.smilefactory.core.api.ai;

/**
 * Changes the hub's AI endpoints. A null key keeps the stored one, a blank key removes it.
 * Changing the embedding endpoint or model re-embeds everything in the background
 * ({@link SuggestionService#indexStatus()} shows the progress).
 */
public record SaveAiSettings(String embeddingUrl, String embeddingModel, String embeddingKey,
                             String chatUrl, String chatModel, String chatKey) {
}
