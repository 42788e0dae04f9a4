package org.smilefactory.core.api.messaging;

import java.util.List;

/** Conversations, newest activity first; {@code nextCursor} is null on the last page. */
public record ConversationPage(List<ConversationSummary> conversations, String nextCursor) {

    public static final int DEFAULT_LIMIT = 30;
    public static final int MAX_LIMIT = 100;

    public boolean hasMore() {
        return nextCursor != null;
    }
}
