package org.smilefactory.core.api.ai;

import java.util.List;
import java.util.UUID;

/**
 * The suggestions for one member.
 *
 * @param aiEnabled false when the member has turned AI off: then nothing was computed and
 *                  {@code sections} is empty
 * @param notice    a sentence for the member when something limits the result (AI off, profile
 *                  not filled in yet, index still being built), else null
 */
public record Suggestions(UUID memberId, String memberName, boolean aiEnabled, String model,
                          List<SuggestionSection> sections, String notice) {

    public Suggestions {
        sections = List.copyOf(sections);
    }
}
