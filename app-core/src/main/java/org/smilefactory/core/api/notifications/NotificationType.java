package org.smilefactory.core.api.notifications;

/** The kinds of notification (the values of {@code notifications.notification_type}). */
public enum NotificationType {
    CONNECTION_REQUEST,
    CONNECTION_ACCEPTED,
    COMMENT,
    REPLY,
    MENTION,
    MESSAGE,
    EVENT_UPDATE,
    WAITLIST_PROMOTED,
    MODERATION_OUTCOME,
    GROUP_INVITE,
    GROUP_REQUEST,
    TRANSACTION_UPDATE,
    SYSTEM
}
