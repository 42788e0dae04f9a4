package org.smilefactory.core.api.marketplace;

import java.util.List;

/** {@code nextCursor} is null on the last page. */
public record ListingPage(List<ListingView> listings, String nextCursor) {

    public boolean hasMore() {
        return nextCursor != null;
    }
}
