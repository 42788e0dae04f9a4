package org.smilefactory.core.api.events;

/** Events: creation and publishing, registration with waitlist, tickets, attendee lists and kiosk check-in. */
public interface EventService {
}
