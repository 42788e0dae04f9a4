package org.smilefactory.core.api.moderation;

import java.time.Instant;
import java.util.UUID;

/** A report as its reporter sees it. */
public record Report(UUID id, ReportTargetType targetType, UUID targetId, ReportReason reason, String details,
                     ReportStatus status, Instant createdAt) {
}
