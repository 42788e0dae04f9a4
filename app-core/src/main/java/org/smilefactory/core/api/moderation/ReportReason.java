package org.smilefactory.core.api.moderation;

/** Why a member reports something (the {@code content_reports.reason} values). */
public enum ReportReason {
    SPAM, HARASSMENT, INAPPROPRIATE, MISINFORMATION, OTHER
}
