package org.smilefactory.core.api.search;

import java.util.Set;

/**
 * What to search for. {@code kinds} empty or null means every kind; {@code limitPerKind} 0 means
 * {@link #DEFAULT_LIMIT}, otherwise 1 to {@link #MAX_LIMIT}.
 */
public record SearchQuery(String text, Set<SearchKind> kinds, int limitPerKind) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 200;
    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;

    public SearchQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    /** Every kind, the default number of hits per kind. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), 0);
    }
}
