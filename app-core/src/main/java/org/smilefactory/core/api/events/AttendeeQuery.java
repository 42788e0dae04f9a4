package org.smilefactory.core.api.events;

/** An event's attendee list, by name; {@code text} filters by name or email, {@code cursor} pages. */
public record AttendeeQuery(String text, String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static AttendeeQuery all() {
        return new AttendeeQuery(null, null, DEFAULT_LIMIT);
    }
}
