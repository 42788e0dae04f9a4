package org.smilefactory.core.api.content;

import java.time.Instant;
import java.util.UUID;

/** A comment in a post's thread; {@code depth} is 0 for a top-level comment, 1 for a reply, and so on. */
public record Comment(
        UUID id,
        UUID postId,
        UUID parentId,
        int depth,
        UUID authorId,
        String authorName,
        String body,
        int likeCount,
        boolean likedByMe,
        Instant createdAt) {

    public static final int MAX_BODY = 10_000;
}
