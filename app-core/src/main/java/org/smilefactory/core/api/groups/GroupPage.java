package org.smilefactory.core.api.groups;

import java.util.List;

/** {@code nextCursor} is null on the last page. */
public record GroupPage(List<GroupView> groups, String nextCursor) {

    public boolean hasMore() {
        return nextCursor != null;
    }
}
