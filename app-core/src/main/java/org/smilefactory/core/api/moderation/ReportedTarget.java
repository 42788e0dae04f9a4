package org.smilefactory.core.api.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of the moderation queue: a reported post, comment or member with all its reports of
 * the queried status folded together. {@code preview} is the start of the content (or the
 * member's name and headline), {@code authorId}/{@code authorName} who wrote it (the member
 * themselves for a member), {@code state} what readers see now, {@code details} the reporters'
 * free texts (without who wrote them).
 */
public record ReportedTarget(ReportTargetType targetType, UUID targetId, int reportCount, List<ReportReason> reasons,
                             List<String> details, String preview, UUID authorId, String authorName,
                             ModerationState state, Instant firstReportedAt, Instant lastReportedAt) {

    public ReportedTarget {
        reasons = List.copyOf(reasons);
        details = List.copyOf(details);
    }
}
