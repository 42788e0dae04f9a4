package org.smilefactory.core.api.events;

import java.util.List;

/** One page of events; {@code nextCursor} is null on the last page. */
public record EventPage(List<EventView> items, String nextCursor) {
}
