package org.smilefactory.core.api.moderation;

/**
 * A page of the moderation queue: targets whose reports have {@code status} (null = OPEN), oldest
 * first report first; {@code cursor} from the previous page; {@code limit} 0 = default.
 */
public record QueueQuery(ReportStatus status, String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public static QueueQuery open() {
        return new QueueQuery(ReportStatus.OPEN, null, 0);
    }

    public QueueQuery withCursor(String next) {
        return new QueueQuery(status, next, limit);
    }
}
