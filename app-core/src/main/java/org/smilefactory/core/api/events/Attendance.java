package org.smilefactory.core.api.events;

import java.util.UUID;

/**
 * How an event went at the door. {@code registered}: confirmed places taken before the door (walk-ins
 * not counted); {@code checkedIn}: everyone checked in, walk-ins included; {@code noShows}: registered
 * but never checked in; {@code walkIns}: registered and checked in at the door (by a kiosk or staff,
 * online or merged from an offline door); {@code duplicateScans}: scans of a ticket that was already
 * checked in. So {@code checkedIn == registered - noShows + walkIns}. {@code waitlisted} and
 * {@code cancelled} count registrations that never held a place at the end.
 */
public record Attendance(
        UUID eventId,
        long registered,
        long checkedIn,
        long noShows,
        long walkIns,
        long duplicateScans,
        long waitlisted,
        long cancelled) {
}
