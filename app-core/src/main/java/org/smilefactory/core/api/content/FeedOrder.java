package org.smilefactory.core.api.content;

/**
 * {@link #LATEST}: newest first by publication time. {@link #FOR_YOU}: every post ranked as if it
 * were published later: 36 hours later when its author is one of the viewer's connections, and 12
 * hours later for each of its tags (at most 3) among the viewer's focus tags (the industries,
 * expertise and skills of their profile). Fresh posts still win over old ones; see docs/benchmarks.md.
 */
public enum FeedOrder {
    LATEST, FOR_YOU
}
