package org.smilefactory.core.remote.wire;

/** {@code POST /api/v1/conversations/{id}/messages}: the text; the conversation is in the path. */
public record MessageBodyRequest(String body) {
}
