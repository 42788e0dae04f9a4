package org.smilefactory.core.api.content;

/**
 * Who may read a published post besides its author: everyone signed in, the author's accepted
 * connections, the members who can see the post's group, or nobody else.
 */
public enum PostAudience {
    PUBLIC, CONNECTIONS, GROUP, PRIVATE
}
