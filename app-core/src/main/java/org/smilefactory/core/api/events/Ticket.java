package org.smilefactory.core.api.events;

import java.time.Instant;
import java.util.UUID;

/** A member's ticket: what is printed on it and the code its QR code carries. */
public record Ticket(
        UUID eventId,
        String eventTitle,
        Instant start,
        String timeZone,
        String location,
        UUID memberId,
        String memberName,
        AttendeeRole role,
        RegistrationStatus status,
        String code) {
}
