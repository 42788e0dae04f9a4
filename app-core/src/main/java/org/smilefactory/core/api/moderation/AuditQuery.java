package org.smilefactory.core.api.moderation;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters of the audit log viewer, all optional: {@code action} matches a prefix ("moderation."
 * finds every moderation action), {@code from} inclusive, {@code to} exclusive. Newest first.
 */
public record AuditQuery(UUID actorId, String action, String entityType, Instant from, Instant to, String cursor,
                         int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, 0);
    }

    public AuditQuery withCursor(String next) {
        return new AuditQuery(actorId, action, entityType, from, to, next, limit);
    }
}
