package org.smilefactory.core.api.search;

import java.util.UUID;

/**
 * One result: {@code title} is the name or title, {@code subtitle} a short line of context (a
 * member's headline, a post's matching passage, an event's date and place...), {@code score} the
 * rank (higher is better; comparable within one search).
 */
public record SearchHit(SearchKind kind, UUID id, String title, String subtitle, double score) {
}
