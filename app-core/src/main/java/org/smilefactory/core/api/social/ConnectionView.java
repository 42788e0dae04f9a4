package org.smilefactory.core.api.social;

import java.time.Instant;
import java.util.UUID;

/**
 * The viewer's relation with one other member. {@code message} is the request's note (shown to the
 * recipient of a pending request and to its requester); {@code since} is when the relation last changed
 * (request sent, accepted...), null when there is none. {@code memberName} falls back to the email
 * for members without a name.
 */
public record ConnectionView(
        UUID memberId,
        String memberName,
        String headline,
        ConnectionStatus status,
        String message,
        Instant since) {
}
