package org.smilefactory.core.api.stats;

import java.time.Instant;
import java.util.UUID;

/** Confirmed registrations against check-ins for one event. */
public record EventAttendance(UUID eventId, String title, Instant startsAt, long registered, long checkedIn) {
}
