package org.smilefactory.core.remote.wire;

import java.util.List;
import java.util.UUID;

/** {@code POST /api/v1/conversations/{id}/participants}: members to add. */
public record MembersRequest(List<UUID> memberIds) {
}
