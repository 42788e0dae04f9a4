package org.smilefactory.core.api.groups;

/** How a member gets in (straight away, after approval by an admin or moderator, or only with an invite code). */
public enum MembershipType {
    OPEN, APPROVAL_REQUIRED, INVITE_ONLY
}
