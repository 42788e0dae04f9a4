package org.smilefactory.core.api.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's registration for an event. {@code ticketCode} is filled only for the member
 * themselves (their ticket); attendee lists never carry other people's codes.
 */
public record Registration(
        UUID id,
        UUID eventId,
        UUID memberId,
        String memberName,
        String email,
        AttendeeRole role,
        RegistrationStatus status,
        Instant registeredAt,
        Instant waitlistedAt,
        Instant checkedInAt,
        String ticketCode,
        long version,
        OfflineCheckIn offlineStatus,
        int duplicateScans) {
}
