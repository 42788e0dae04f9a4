package org.smilefactory.core.api.moderation;

import java.util.List;

/** One page of the moderation queue; {@code nextCursor} is null on the last page. */
public record QueuePage(List<ReportedTarget> targets, String nextCursor) {

    public QueuePage {
        targets = List.copyOf(targets);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
