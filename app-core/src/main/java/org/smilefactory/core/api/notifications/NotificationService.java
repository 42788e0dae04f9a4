package org.smilefactory.core.api.notifications;

/** The member's notifications: list, unread count, mark read. */
public interface NotificationService {
}
