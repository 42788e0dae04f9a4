package org.smilefactory.core.api.events;

import java.util.List;

/** One page of an event's registrations; {@code nextCursor} is null on the last page. */
public record AttendeePage(List<Registration> items, String nextCursor) {
}
