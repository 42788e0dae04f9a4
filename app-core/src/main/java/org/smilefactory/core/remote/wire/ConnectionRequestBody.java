package org.smilefactory.core.remote.wire;

/** {@code POST /api/v1/connections/{memberId}/request}: the optional note; the member is in the path. */
public record ConnectionRequestBody(String message) {
}
