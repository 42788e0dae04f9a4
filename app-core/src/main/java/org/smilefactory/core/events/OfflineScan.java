package org.smilefactory.core.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket scanned at a door with no network, as the offline replica recorded it.
 *
 * @param scanId         the replica's id for the scan row (the server keeps it, so a repeated push makes no second row)
 * @param scannedAt      when the door scanned it (check-ins merge by this time)
 * @param code           the ticket code scanned, or null when checked in by name
 * @param registrationId the registration checked in by name, or null when scanned by code
 * @param source         which door ("kiosk", "kiosk-search", "staff"...); null for the actor's default
 */
public record OfflineScan(UUID eventId, UUID scanId, Instant scannedAt, String code, UUID registrationId, String source) {
}
