package org.smilefactory.core.api.events;

import java.util.UUID;

/**
 * The organiser or staff change what a registered person is at the event (attendee, speaker, sponsor,
 * organiser), naming the registration's {@code version} they saw.
 */
public record ChangeAttendeeRole(UUID registrationId, long expectedVersion, AttendeeRole role) {
}
