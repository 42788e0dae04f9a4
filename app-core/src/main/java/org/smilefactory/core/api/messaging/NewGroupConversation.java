package org.smilefactory.core.api.messaging;

import java.util.List;
import java.util.UUID;

/** A group conversation titled {@code title} (required, up to 200 characters) with the creator and {@code memberIds}. */
public record NewGroupConversation(String title, List<UUID> memberIds) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_PARTICIPANTS = 100;
}
