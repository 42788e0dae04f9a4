package org.smilefactory.core.api.marketplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A transaction as one of its two parties sees it; {@code allowedNext} is what they may do next. */
public record TransactionView(
        UUID id,
        long version,
        UUID listingId,
        String listingTitle,
        UUID sellerId,
        String sellerName,
        UUID buyerId,
        String buyerName,
        BigDecimal amount,
        String currency,
        TransactionStatus status,
        String message,
        Instant createdAt,
        Instant updatedAt,
        List<TransactionStatus> allowedNext) {
}
