package org.smilefactory.core.api.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Creates an event ({@code eventId} null) or edits one at {@code expectedVersion}. Times are wall-clock
 * times in the event's own {@code timeZone} (an IANA id such as {@code Africa/Harare}), as the
 * organiser reads them off the programme. {@code capacity} null means unlimited; {@code currency}
 * is an ISO 4217 code.
 */
public record SaveEvent(
        UUID eventId,
        long expectedVersion,
        String title,
        String description,
        EventType type,
        LocalDateTime start,
        LocalDateTime end,
        String timeZone,
        String location,
        String virtualMeetingUrl,
        boolean online,
        Integer capacity,
        LocalDateTime registrationDeadline,
        BigDecimal price,
        String currency,
        List<String> tags) {
}
