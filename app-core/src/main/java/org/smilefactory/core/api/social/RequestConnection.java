package org.smilefactory.core.api.social;

import java.util.UUID;

/** A connection request to {@code memberId} with an optional note of up to 1,000 characters. */
public record RequestConnection(UUID memberId, String message) {

    public static final int MAX_MESSAGE = 1000;
}
