package org.smilefactory.core.api.events;

/** What a person is at an event. Organisers, speakers and sponsors may be confirmed over capacity. */
public enum AttendeeRole {
    ORGANIZER, SPEAKER, SPONSOR, ATTENDEE
}
