package org.smilefactory.core.api.events;

/** What a kiosk scan or search check-in found. */
public enum CheckInOutcome {
    /** Checked in now. */
    CHECKED_IN,
    /** Checked in before: the result carries the first check-in time. */
    ALREADY_CHECKED_IN,
    /** A real ticket, but for another event. */
    NOT_REGISTERED,
    /** No ticket has this code (garbage, a typo, a forged code). */
    UNKNOWN_CODE,
    /** Registered, but still on the waitlist: no place yet. */
    WAITLISTED,
    /** The registration was cancelled. */
    CANCELLED
}
