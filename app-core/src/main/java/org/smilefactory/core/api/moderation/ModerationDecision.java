package org.smilefactory.core.api.moderation;

import java.util.UUID;

/** Staff's decision about every open report of one target; {@code note} is optional (max 2000). */
public record ModerationDecision(ReportTargetType targetType, UUID targetId, ModerationOutcome outcome, String note) {
}
