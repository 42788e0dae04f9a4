package org.smilefactory.core.api.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * One change made offline, as kept in the client's outbox and pushed to the server.
 *
 * @param id          chosen by the client; the server applies a mutation id at most once
 * @param kind        one of {@link MutationKinds}
 * @param entityType  the main table the change touches
 * @param entityId    the main row it touches
 * @param baseVersion the row version the change was made against (null when it does not matter)
 * @param payload     the command as JSON (see {@link MutationKinds} for each kind's shape)
 * @param createdAt   when the member made the change (check-ins merge by this time)
 */
public record Mutation(UUID id, String kind, String entityType, UUID entityId, Long baseVersion, String payload,
                       Instant createdAt) {
}
