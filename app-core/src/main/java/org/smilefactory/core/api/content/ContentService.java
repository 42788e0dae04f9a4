package org.smilefactory.core.api.content;

/** Posts (feed and blog), threaded comments, likes, shares, views and bookmarks, as seen by the session's member. */
public interface ContentService {
}
