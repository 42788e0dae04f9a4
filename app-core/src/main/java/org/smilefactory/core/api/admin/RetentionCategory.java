package org.smilefactory.core.api.admin;

/** What the retention job deletes once it is older than the category's period (decision 0023). */
public enum RetentionCategory {
    /** Every kiosk scan (event_check_in_scans), duplicates and refusals included; check-ins themselves stay. */
    CHECK_IN_SCANS,
    /** Assistant conversations with their messages, by last activity. */
    AI_CONVERSATIONS,
    /** Assistant usage records and ratings (ai_analytics). */
    AI_ANALYTICS,
    /** Notifications the member has read. */
    READ_NOTIFICATIONS,
    /** Every notification, read or not. */
    NOTIFICATIONS,
    /** Audit log entries. */
    AUDIT_ENTRIES,
    /** Sign-in tokens that were revoked or expired, counted from when they ended. */
    ENDED_TOKENS
}
