package org.smilefactory.core.api.moderation;

/**
 * What staff decide about a reported target. {@code HIDE} can be undone with {@code RESTORE};
 * {@code REMOVE} is final; {@code DISMISS} leaves the target as it was.
 */
public enum ModerationOutcome {
    HIDE, REMOVE, DISMISS, RESTORE
}
