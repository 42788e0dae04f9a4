package org.smilefactory.core.api.groups;

import java.time.Instant;
import java.util.UUID;

/** One membership of a group, as its member list shows it. */
public record GroupMember(UUID memberId, String name, GroupRole role, MembershipStatus status, Instant joinedAt) {
}
