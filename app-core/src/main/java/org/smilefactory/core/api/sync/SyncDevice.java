package org.smilefactory.core.api.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A desktop or kiosk that holds an offline copy of the hub, as staff see it: one live device credential
 * (decision 0021). {@code lastSyncAt} is null when the copy has not pulled or pushed since it signed in;
 * {@code heldChanges} counts its offline changes the server answered with a conflict or a rejection
 * (held on the device for its member to resolve). The server cannot know how many changes wait unsent
 * on a device that is offline, so there is no such count.
 *
 * @param id the credential's id, what {@link SyncService#revokeDevice} takes
 */
public record SyncDevice(UUID id, UUID deviceId, String deviceName, UUID memberId, String memberName, boolean kiosk,
                         Instant signedInAt, Instant lastSyncAt, int heldChanges, Instant expiresAt) {
}
