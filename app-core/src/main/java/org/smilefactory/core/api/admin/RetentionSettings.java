package org.smilefactory.core.api.admin;

/**
 * How many days the hub keeps each kind of record (decision 0023); {@link #KEEP_FOREVER} (0) keeps it
 * forever. Read it, change it and save it with the {@code version} it was read at: a save over a newer
 * version is refused with a {@link org.smilefactory.core.api.ConflictException}.
 *
 * @param checkInScanDays      {@link RetentionCategory#CHECK_IN_SCANS}
 * @param aiConversationDays   {@link RetentionCategory#AI_CONVERSATIONS}, since the conversation's last message
 * @param aiAnalyticsDays      {@link RetentionCategory#AI_ANALYTICS}
 * @param readNotificationDays {@link RetentionCategory#READ_NOTIFICATIONS}; at most {@code notificationDays}
 * @param notificationDays     {@link RetentionCategory#NOTIFICATIONS}
 * @param auditDays            {@link RetentionCategory#AUDIT_ENTRIES}
 * @param endedTokenDays       {@link RetentionCategory#ENDED_TOKENS}; at least 1 (a dead token is worth nothing forever)
 * @param version              0 while the hub runs on the built-in defaults
 */
public record RetentionSettings(int checkInScanDays, int aiConversationDays, int aiAnalyticsDays,
                                int readNotificationDays, int notificationDays, int auditDays, int endedTokenDays,
                                long version) {

    public static final int KEEP_FOREVER = 0;
    /** Ten years: longer than that is "forever" and should say so. */
    public static final int MAX_DAYS = 3650;

    /** The period of one category, in days (0: forever). */
    public int days(RetentionCategory category) {
        return switch (category) {
            case CHECK_IN_SCANS -> checkInScanDays;
            case AI_CONVERSATIONS -> aiConversationDays;
            case AI_ANALYTICS -> aiAnalyticsDays;
            case READ_NOTIFICATIONS -> readNotificationDays;
            case NOTIFICATIONS -> notificationDays;
            case AUDIT_ENTRIES -> auditDays;
            case ENDED_TOKENS -> endedTokenDays;
        };
    }
}
