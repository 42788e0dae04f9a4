package org.smilefactory.core.api.events;

/** Where a registration stands: a confirmed place, on the waitlist, or cancelled by the member. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
