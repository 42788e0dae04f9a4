package org.smilefactory.core.api.groups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A group as the acting member sees it. {@code myRole}/{@code myStatus} are null when the member has
 * no membership row. {@code inviteCode} and its expiry are shown only to the group's admins and
 * moderators (and staff); everyone else gets null.
 */
public record GroupView(
        UUID id,
        long version,
        String name,
        String description,
        String category,
        GroupVisibility visibility,
        MembershipType membershipType,
        int maxMembers,
        int memberCount,
        String rules,
        List<String> tags,
        String location,
        UUID createdBy,
        Instant createdAt,
        GroupRole myRole,
        MembershipStatus myStatus,
        boolean canManage,
        String inviteCode,
        Instant inviteCodeExpiresAt) {

    public boolean isActiveMember() {
        return myStatus == MembershipStatus.ACTIVE;
    }

    public boolean isFull() {
        return memberCount >= maxMembers;
    }
}
