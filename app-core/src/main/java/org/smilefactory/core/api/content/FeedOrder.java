package org.smilefactory.core.api.content;

/**
 * {@link #LATEST}: newest first by publication time. {@link #FOR_YOU}: the posts of the last
 * {@link FeedQuery#FOR_YOU_DAYS} days, each ranked as if published later by a boost for posts by the
 * viewer's connections and for tags shared with the viewer's focus tags (see docs/decisions/0007).
 */
public enum FeedOrder {
    LATEST, FOR_YOU
}
