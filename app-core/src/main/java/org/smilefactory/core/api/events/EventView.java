package org.smilefactory.core.api.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * An event as the viewer may see it. {@code confirmed} is the number of confirmed places taken;
 * {@code myRegistration} is the viewer's own (null when they have none); {@code canManage} says
 * whether the viewer is the organiser or staff.
 */
public record EventView(
        UUID id,
        long version,
        String title,
        String description,
        EventType type,
        EventStatus status,
        Instant start,
        Instant end,
        String timeZone,
        String location,
        String virtualMeetingUrl,
        boolean online,
        Integer capacity,
        int confirmed,
        int waitlisted,
        Instant registrationDeadline,
        BigDecimal price,
        String currency,
        List<String> tags,
        UUID organizerId,
        String organizerName,
        Registration myRegistration,
        boolean canManage) {

    /** The start as wall-clock time in the event's own time zone. */
    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(start, ZoneId.of(timeZone));
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(end, ZoneId.of(timeZone));
    }

    /** Whether a new registration would get a confirmed place (rather than the waitlist) right now. */
    public boolean hasPlaces() {
        return capacity == null || confirmed < capacity;
    }
}
