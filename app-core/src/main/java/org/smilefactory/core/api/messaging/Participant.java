package org.smilefactory.core.api.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of a conversation and how far they have read: {@code lastReadMessageId} and the time
 * that message was sent ({@code lastReadAt}), both null before they read anything. A message was
 * seen by this participant when it is not newer than their last read message.
 */
public record Participant(UUID memberId, String name, UUID lastReadMessageId, Instant lastReadAt) {
}
