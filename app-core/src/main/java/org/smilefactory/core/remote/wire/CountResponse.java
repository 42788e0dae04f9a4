package org.smilefactory.core.remote.wire;

/** An unread count ({@code GET .../unread-count}). */
public record CountResponse(int count) {
}
