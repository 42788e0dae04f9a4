package org.smilefactory.core.api.marketplace;

import java.math.BigDecimal;
import java.util.UUID;

/** A buyer's offer on a listing; {@code amount} null means the listed price. */
public record StartTransaction(UUID listingId, BigDecimal amount, String message) {

    public static final int MAX_MESSAGE = 2000;
}
