package org.smilefactory.core.api.marketplace;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Moves a transaction to {@code to}, at the version the party saw. {@code amount} (optional) updates
 * the offered amount while negotiating; {@code message} (optional) replaces the note.
 */
public record MoveTransaction(UUID transactionId, long expectedVersion, TransactionStatus to, BigDecimal amount,
                              String message) {
}
