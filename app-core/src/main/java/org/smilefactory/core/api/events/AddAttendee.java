package org.smilefactory.core.api.events;

import java.util.UUID;

/**
 * The organiser or staff register a member with a role. Attendees take a place like anyone else
 * (or the waitlist); organisers, speakers and sponsors are confirmed even over capacity.
 */
public record AddAttendee(UUID memberId, AttendeeRole role) {
}
