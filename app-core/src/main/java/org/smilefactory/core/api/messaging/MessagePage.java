package org.smilefactory.core.api.messaging;

import java.util.List;

/**
 * Messages newest first. {@code olderCursor} loads the page before (null when this page reaches the
 * first message).
 */
public record MessagePage(List<MessageView> messages, String olderCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public boolean hasOlder() {
        return olderCursor != null;
    }
}
