package org.smilefactory.core.ai;

/** A configured AI endpoint failed; the message says which and why, in words for staff. */
public final class AiEndpointException extends RuntimeException {

    public AiEndpointException(String message) {
        super(message);
    }

    public AiEndpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
