package org.smilefactory.core.api.groups;

/** A membership's state; only ACTIVE memberships count towards member_count. */
public enum MembershipStatus {
    ACTIVE, PENDING, BANNED, LEFT
}
