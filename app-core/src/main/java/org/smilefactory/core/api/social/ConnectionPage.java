package org.smilefactory.core.api.social;

import java.util.List;

/** A page of connections; {@code nextCursor} is null on the last page. */
public record ConnectionPage(List<ConnectionView> entries, String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public boolean hasMore() {
        return nextCursor != null;
    }
}
