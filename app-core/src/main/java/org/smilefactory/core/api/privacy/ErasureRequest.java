package org.smilefactory.core.api.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's request to be erased. {@code memberName} and {@code memberEmail} are the member's as
 * they stand now: after a confirmed erasure they are the anonymised placeholders.
 */
public record ErasureRequest(
        UUID id,
        UUID memberId,
        String memberName,
        String memberEmail,
        ErasureStatus status,
        String reason,
        Instant requestedAt,
        UUID decidedBy,
        Instant decidedAt,
        String decisionNote) {
}
