package org.smilefactory.core.api.moderation;

/** Reports by members, the staff moderation queue and its outcomes, and the audit log viewer. */
public interface ModerationService {

    /**
     * Reports a post, comment or member the reporter can see. The report joins the staff queue;
     * the reported author is not told who reported.
     */
    Report report(NewReport report);
}
