package org.smilefactory.core.api.ai;

import java.util.List;

/** The suggestions of one kind, best first; empty when nothing fits (the UI says so). */
public record SuggestionSection(SuggestionKind kind, List<Suggestion> items) {

    public SuggestionSection {
        items = List.copyOf(items);
    }
}
