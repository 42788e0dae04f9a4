package org.smilefactory.core.remote.wire;

import java.util.UUID;

/** {@code POST /api/v1/conversations/direct}: the member to talk with. */
public record MemberRequest(UUID memberId) {
}
