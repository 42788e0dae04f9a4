package org.smilefactory.core.api.ai;

import java.util.List;
import java.util.UUID;

/**
 * One suggested item with its score and the reasons in plain words.
 *
 * @param score      the hybrid score shown to the member, 0–100
 * @param similarity semantic similarity of the texts, 0–1 (cosine of the embeddings)
 * @param fit        structured fit (stage, ticket size, expertise, geography...), 0–1
 * @param reasons    why it is suggested, one sentence each, most important first
 */
public record Suggestion(
        SuggestionKind kind,
        ItemKind itemKind,
        UUID itemId,
        String title,
        String subtitle,
        int score,
        double similarity,
        double fit,
        List<String> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
