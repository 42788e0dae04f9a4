package org.smilefactory.core.api.groups;

import java.util.List;
import java.util.UUID;

/**
 * Creates a group ({@code groupId} null, {@code expectedVersion} ignored) or edits one at the version
 * the editor saw. {@code maxMembers} null means the hub's default (1000).
 */
public record SaveGroup(
        UUID groupId,
        long expectedVersion,
        String name,
        String description,
        String category,
        GroupVisibility visibility,
        MembershipType membershipType,
        Integer maxMembers,
        String rules,
        List<String> tags,
        String location) {

    public static final int MAX_NAME = 255;
    public static final int MAX_CATEGORY = 100;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_RULES = 5000;
    public static final int MAX_LOCATION = 255;
    public static final int MAX_MEMBERS_LIMIT = 100_000;
}
