package org.smilefactory.core.api.events;

import java.time.Instant;
import java.util.Set;

/**
 * The events list.
 *
 * <p>Upcoming ({@code past} false, the default): soonest first; {@code from} defaults to now (events
 * not yet ended); {@code to} bounds the start. {@code statuses} empty means published ones, plus the
 * viewer's own drafts (all drafts for staff).
 *
 * <p>Past ({@code past} true): most recent first, the events that have ended by now or were completed
 * or cancelled; {@code from} and {@code to} bound the start ({@code from} inclusive, {@code to}
 * exclusive), both optional. {@code statuses} empty means published (ended), completed and cancelled.
 *
 * <p>{@code cursor} is the opaque {@link EventPage#nextCursor()} of the page before (keyset paging in
 * either direction).
 */
public record EventQuery(
        Set<EventType> types,
        Set<EventStatus> statuses,
        Instant from,
        Instant to,
        String cursor,
        int limit,
        boolean past) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    /** An upcoming-events query (the form before past events existed). */
    public EventQuery(Set<EventType> types, Set<EventStatus> statuses, Instant from, Instant to, String cursor, int limit) {
        this(types, statuses, from, to, cursor, limit, false);
    }

    public static EventQuery upcoming() {
        return new EventQuery(Set.of(), Set.of(), null, null, null, DEFAULT_LIMIT, false);
    }

    /** Past events that started in {@code [from, to)} (either may be null), most recent first. */
    public static EventQuery past(Instant from, Instant to) {
        return new EventQuery(Set.of(), Set.of(), from, to, null, DEFAULT_LIMIT, true);
    }

    public EventQuery withCursor(String next) {
        return new EventQuery(types, statuses, from, to, next, limit, past);
    }
}
