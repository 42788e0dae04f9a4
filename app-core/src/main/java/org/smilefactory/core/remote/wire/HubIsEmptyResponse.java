package org.smilefactory.core.remote.wire;

/** {@code GET /api/v1/demo-data/hub-is-empty}. */
public record HubIsEmptyResponse(boolean empty) {
}
