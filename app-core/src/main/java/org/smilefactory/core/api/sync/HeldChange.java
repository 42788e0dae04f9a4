package org.smilefactory.core.api.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * An offline change the server did not take, kept for a person to resolve.
 *
 * @param outcome CONFLICT or REJECTED
 * @param reason  the server's reason, localised
 * @param summary one line for a list ("Profile of Tendai Moyo", "Check-in of ticket ...")
 * @param mine    the change as made offline (JSON of the command)
 * @param theirs  the server's current row (JSON), null when rejected without one
 */
public record HeldChange(UUID mutationId, String kind, String entityType, UUID entityId, MutationOutcome outcome,
                         String reason, String summary, String mine, String theirs, Instant createdAt) {
}
