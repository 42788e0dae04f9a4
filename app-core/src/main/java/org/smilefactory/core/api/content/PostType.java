package org.smilefactory.core.api.content;

/** What kind of post: the Feed shows all of them, the Blog shows {@link #BLOG}. */
public enum PostType {
    GENERAL, BLOG, ANNOUNCEMENT, OPPORTUNITY, SUCCESS_STORY
}
