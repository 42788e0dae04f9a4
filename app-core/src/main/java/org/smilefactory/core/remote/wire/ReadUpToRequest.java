package org.smilefactory.core.remote.wire;

import java.util.UUID;

/** {@code POST /api/v1/conversations/{id}/read}: read up to and including this message. */
public record ReadUpToRequest(UUID messageId) {
}
