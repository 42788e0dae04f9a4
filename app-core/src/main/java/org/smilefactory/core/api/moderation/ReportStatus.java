package org.smilefactory.core.api.moderation;

/** Where a report stands: open in the queue, or the outcome staff chose. */
public enum ReportStatus {
    OPEN, HIDDEN, REMOVED, DISMISSED
}
