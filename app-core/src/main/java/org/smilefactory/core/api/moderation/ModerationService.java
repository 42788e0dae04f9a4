package org.smilefactory.core.api.moderation;

/** Reports by members, the staff moderation queue and its outcomes, and the audit log viewer. */
public interface ModerationService {

    /** Longest {@link NewReport#details()} and {@link ModerationDecision#note()}. */
    int MAX_DETAILS = 2000;

    /**
     * Reports a post, comment or member the reporter can see. The report joins the staff queue;
     * the reported author is not told who reported.
     *
     * @throws org.smilefactory.core.api.NotFoundException when the target does not exist or the
     *         reporter cannot see it
     * @throws org.smilefactory.core.api.ValidationException for missing fields, details over
     *         {@link #MAX_DETAILS} characters, or reporting oneself or one's own content
     * @throws org.smilefactory.core.api.ConflictException when the reporter already has an open
     *         report of the same target
     */
    Report report(NewReport report);

    /** Staff only: reported targets, grouped, oldest first, paged. */
    QueuePage queue(QueueQuery query);

    /**
     * Staff only: applies an outcome to the target and resolves all its open reports together
     * (HIDE, REMOVE, DISMISS), or restores hidden content (RESTORE). The author is notified of a
     * hide, removal or restore, never of a dismissal; every reporter of the target hears that their
     * report was reviewed. Each decision is written to the audit log with the before/after state.
     *
     * @return the target as it stands afterwards
     * @throws org.smilefactory.core.api.PermissionDeniedException for non-staff
     * @throws org.smilefactory.core.api.NotFoundException when the target does not exist
     * @throws org.smilefactory.core.api.ConflictException when there is nothing to decide (no open
     *         report for HIDE/REMOVE/DISMISS; the target is not hidden for RESTORE)
     */
    ReportedTarget decide(ModerationDecision decision);

    /** Staff only: the audit log, newest first, filtered and paged. */
    AuditPage auditLog(AuditQuery query);
}
