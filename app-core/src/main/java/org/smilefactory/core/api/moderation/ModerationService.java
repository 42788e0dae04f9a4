package org.smilefactory.core.api.moderation;

/** Reports by members, the staff moderation queue and its outcomes, and the audit log viewer. */
public interface ModerationService {
}
