package org.smilefactory.core.api.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * An offline change the server did not take, across the hub, for staff: which member and device pushed
 * it, what it was ({@link MutationKinds}), and the server's reason. The change itself waits on that device.
 */
public record HubHeldChange(UUID mutationId, UUID memberId, String memberName, String deviceName, String kind,
                            MutationOutcome outcome, String reason, Instant at) {
}
