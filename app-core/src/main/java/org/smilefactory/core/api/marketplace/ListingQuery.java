package org.smilefactory.core.api.marketplace;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A page of listings, newest first. Without {@code mine} only active, unexpired listings are shown;
 * with it, all of the member's own listings in any state. Every filter is optional: {@code text}
 * searches titles, descriptions, categories, tags and locations; {@code location} is a substring.
 */
public record ListingQuery(
        String text,
        Set<ListingType> types,
        String category,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        String location,
        boolean mine,
        String cursor,
        int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static ListingQuery firstPage() {
        return new ListingQuery(null, Set.of(), null, null, null, null, false, null, DEFAULT_LIMIT);
    }

    public ListingQuery withCursor(String next) {
        return new ListingQuery(text, types, category, minPrice, maxPrice, location, mine, next, limit);
    }
}
