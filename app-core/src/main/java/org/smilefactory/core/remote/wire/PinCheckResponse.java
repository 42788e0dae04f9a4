package org.smilefactory.core.remote.wire;

/** Whether the exit PIN was right. */
public record PinCheckResponse(boolean valid) {
}
