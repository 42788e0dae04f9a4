package org.smilefactory.core.api.groups;

/** A member's role in a group; admins manage everything, moderators approve, deny and ban members. */
public enum GroupRole {
    ADMIN, MODERATOR, MEMBER
}
