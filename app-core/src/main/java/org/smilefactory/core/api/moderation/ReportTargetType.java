package org.smilefactory.core.api.moderation;

/** What a member can report. */
public enum ReportTargetType {
    POST, COMMENT, MEMBER
}
