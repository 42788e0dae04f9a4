package org.smilefactory.core.api.profiles;

import java.util.List;

/** {@code nextCursor} is null on the last page. */
public record DirectoryPage(List<DirectoryEntry> entries, String nextCursor) {

    public boolean hasMore() {
        return nextCursor != null;
    }
}
