package org.smilefactory.core.api.ai;

import java.time.Instant;
import java.util.UUID;

/** A conversation in the member's list: its first question as the title. */
public record ConversationSummary(UUID id, String title, Instant startedAt, Instant updatedAt, int messages) {
}
