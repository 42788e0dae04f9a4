package org.smilefactory.core.api.messaging;

import java.util.UUID;

/** A text message of 1 to 10,000 characters to a conversation the sender takes part in. */
public record SendMessage(UUID conversationId, String body) {

    public static final int MAX_BODY = 10_000;
}
