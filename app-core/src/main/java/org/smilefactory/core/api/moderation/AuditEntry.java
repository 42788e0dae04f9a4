package org.smilefactory.core.api.moderation;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit log row: who ({@code actorName} is null when the actor was erased), what, on which
 * entity, and the entity's state before and after as JSON text (null when there was none).
 */
public record AuditEntry(UUID id, UUID actorId, String actorName, String action, String entityType, UUID entityId,
                         String beforeJson, String afterJson, Instant at) {
}
