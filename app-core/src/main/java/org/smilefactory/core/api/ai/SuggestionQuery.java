package org.smilefactory.core.api.ai;

import java.util.Set;
import java.util.UUID;

/**
 * What to suggest.
 *
 * @param memberId for whom: null means the session's member; another member needs a staff session
 * @param kinds    the sections wanted; empty means every section that applies to the member's type
 * @param limit    items per section, 1–{@value #MAX_LIMIT}
 */
public record SuggestionQuery(UUID memberId, Set<SuggestionKind> kinds, int limit) {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 50;

    public SuggestionQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static SuggestionQuery forMe() {
        return new SuggestionQuery(null, Set.of(), DEFAULT_LIMIT);
    }

    public static SuggestionQuery forMember(UUID memberId) {
        return new SuggestionQuery(memberId, Set.of(), DEFAULT_LIMIT);
    }
}
