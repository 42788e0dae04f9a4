package org.smilefactory.core.api.events;

import java.time.Instant;
import java.util.Set;

/**
 * The events list, soonest first. {@code from} defaults to now (upcoming: not yet ended); {@code to}
 * bounds the start. {@code statuses} empty means published ones, plus the viewer's own drafts (all
 * drafts for staff). {@code cursor} is the opaque {@link EventPage#nextCursor()} of the page before.
 */
public record EventQuery(
        Set<EventType> types,
        Set<EventStatus> statuses,
        Instant from,
        Instant to,
        String cursor,
        int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public static EventQuery upcoming() {
        return new EventQuery(Set.of(), Set.of(), null, null, null, DEFAULT_LIMIT);
    }

    public EventQuery withCursor(String next) {
        return new EventQuery(types, statuses, from, to, next, limit);
    }
}
