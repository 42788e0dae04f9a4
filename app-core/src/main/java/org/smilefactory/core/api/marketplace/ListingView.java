package org.smilefactory.core.api.marketplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A listing as members see it; {@code status} is EXPIRED for an active listing past {@code expiresAt}. */
public record ListingView(
        UUID id,
        long version,
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
        int viewCount,
        ListingStatus status,
        Instant expiresAt,
        UUID sellerId,
        String sellerName,
        Instant createdAt,
        Instant updatedAt) {
}
