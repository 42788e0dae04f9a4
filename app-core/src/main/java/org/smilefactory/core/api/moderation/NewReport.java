package org.smilefactory.core.api.moderation;

import java.util.UUID;

/** A member's report of a post, comment or member; {@code details} is optional free text. */
public record NewReport(ReportTargetType targetType, UUID targetId, ReportReason reason, String details) {
}
