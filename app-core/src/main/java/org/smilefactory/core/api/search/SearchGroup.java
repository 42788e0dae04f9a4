package org.smilefactory.core.api.search;

import java.util.List;

/** The best hits of one kind, best first. */
public record SearchGroup(SearchKind kind, List<SearchHit> hits) {

    public SearchGroup {
        hits = List.copyOf(hits);
    }
}
