package org.smilefactory.core.api.moderation;

/** Where a reported target stands now (for a member: see decision 0009). */
public enum ModerationState {
    VISIBLE, HIDDEN, REMOVED
}
