package org.smilefactory.core.api.profiles;

import java.util.List;
import java.util.UUID;

/** One row of the directory: enough to render a card without loading the whole profile. */
public record DirectoryEntry(
        UUID memberId,
        String displayName,
        String profileName,
        ProfileType profileType,
        String location,
        String headline,
        List<String> focusTags,
        int completion,
        ProfileState state,
        ProfileVisibility visibility) {
}
