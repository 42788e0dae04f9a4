package org.smilefactory.core.api.marketplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Creates a listing ({@code listingId} null) or edits one at the version the seller saw. {@code price}
 * null means "price on request"; {@code currency} null means the hub's default (USD); {@code images}
 * are http(s) URLs; {@code expiresAt} null means the listing does not expire.
 */
public record SaveListing(
        UUID listingId,
        long expectedVersion,
        String title,
        String description,
        String category,
        ListingType type,
        BigDecimal price,
        String currency,
        boolean negotiable,
        String location,
        List<String> tags,
        List<String> images,
        String contactMethod,
        Instant expiresAt) {

    public static final int MAX_TITLE = 500;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_CATEGORY = 100;
    public static final int MAX_LOCATION = 255;
    public static final int MAX_CONTACT = 100;
    public static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
}
