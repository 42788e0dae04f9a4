package org.smilefactory.core.api.search;

import java.util.List;

/** The groups that have hits, the group with the best hit first; empty when nothing matched. */
public record SearchResults(String text, List<SearchGroup> groups) {

    public SearchResults {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public List<SearchHit> hits(SearchKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).findFirst().map(SearchGroup::hits).orElse(List.of());
    }
}
