package org.smilefactory.core.api.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.profiles.ProfileType;

/**
 * A post as the session's member sees it. Counters are kept by the database and always equal the
 * rows behind them; {@code likedByMe} and {@code bookmarkedByMe} are the viewer's own state.
 */
public record Post(
        UUID id,
        long version,
        UUID authorId,
        String authorName,
        ProfileType authorType,
        PostType type,
        String title,
        String body,
        String category,
        List<String> tags,
        PostAudience audience,
        UUID groupId,
        PostStatus status,
        String featuredImage,
        List<String> attachments,
        int likeCount,
        int commentCount,
        int shareCount,
        int viewCount,
        int bookmarkCount,
        boolean likedByMe,
        boolean bookmarkedByMe,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt) {
}
