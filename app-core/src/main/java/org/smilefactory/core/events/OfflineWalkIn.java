package org.smilefactory.core.events;

import java.time.Instant;
import java.util.UUID;

/** A walk-in registered by a door with no network, with the ids its replica gave the member, registration and scan. */
public record OfflineWalkIn(UUID eventId, String firstName, String lastName, String email, UUID memberId,
                            UUID registrationId, UUID scanId, Instant scannedAt) {
}
