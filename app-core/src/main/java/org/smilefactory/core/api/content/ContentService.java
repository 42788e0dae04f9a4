package org.smilefactory.core.api.content;

import java.util.List;
import java.util.UUID;

/**
 * Posts (feed and blog), threaded comments, likes, shares, views and bookmarks, as seen by the
 * session's member. Every read and every action on a post follows one visibility rule: a post the
 * member may not read behaves as if it did not exist ({@link org.smilefactory.core.api.NotFoundException}).
 * Kiosk accounts cannot use content at all.
 *
 * <p>Likes and bookmarks are one per member: liking (bookmarking) twice, or unliking what is not
 * liked, is a {@link org.smilefactory.core.api.ConflictException} — the caller's idea of the state
 * was wrong, and the counters stay exact.
 */
public interface ContentService {

    /** Writes a post as a draft, or published at once ({@code published_at} is then now). */
    Post createPost(PostInput input, boolean publish);

    /** The author changes their post; a stale {@code expectedVersion} is a ConflictException. */
    Post editPost(UUID postId, long expectedVersion, PostInput input);

    /** Draft (or archived) → published; {@code published_at} is set on the first publication only. */
    Post publishPost(UUID postId, long expectedVersion);

    /** → archived (no longer in feeds); the author or staff. */
    Post archivePost(UUID postId, long expectedVersion);

    Post post(UUID postId);

    /** Published posts the member may read, in the query's order, a page at a time. */
    PostPage feed(FeedQuery query);

    /** The member's own posts in one status (e.g. their drafts), most recently changed first. */
    PostPage myPosts(PostStatus status, String cursor, int limit);

    /** Counts a view; never changes the post's version. */
    void recordView(UUID postId);

    Post likePost(UUID postId);

    Post unlikePost(UUID postId);

    Post sharePost(UUID postId);

    Post bookmark(UUID postId);

    Post unbookmark(UUID postId);

    /** Posts the member bookmarked (and may still read), most recently bookmarked first. */
    PostPage bookmarks(String cursor, int limit);

    /**
     * Comments on the post, or replies to {@code parentCommentId} (a comment of the same post). The
     * post's author is notified ('comment'), the parent's author too ('reply'), and {@code @handle}
     * mentions ('mention').
     */
    Comment comment(UUID postId, UUID parentCommentId, String body);

    /** The post's visible comments as a flattened tree: depth first, siblings oldest first. */
    List<Comment> comments(UUID postId);

    void likeComment(UUID commentId);

    void unlikeComment(UUID commentId);

    /** Stores a file in the hub's media store (at most {@link MediaRef#MAX_BYTES}). */
    MediaRef uploadMedia(String fileName, byte[] bytes);

    /** A stored file: its owner's, or one a post the member may read refers to. */
    MediaContent media(UUID mediaId);
}
