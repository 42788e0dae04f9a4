package org.smilefactory.core.api.content;

import java.util.List;
import java.util.UUID;

/**
 * What an author writes. {@code groupId} is required for {@link PostAudience#GROUP} (and places the
 * post in that group). {@code featuredImage} and each of {@code attachments} is either a media URL
 * this service gave out before ({@code media:<id>}, kept as is) or the path of a file on the
 * author's computer, which is copied into the hub's media store when the post is saved.
 *
 * <p>Mentions: {@code @handle} in the body, where handle is a member's profile name without spaces
 * (letters, digits, {@code . _ -}), matched ignoring case; mentioned members who may read the post are
 * notified when it is published.
 */
public record PostInput(
        PostType type,
        String title,
        String body,
        String category,
        List<String> tags,
        PostAudience audience,
        UUID groupId,
        String featuredImage,
        List<String> attachments) {

    public static final int MAX_TITLE = 500;
    public static final int MAX_BODY = 100_000;
    public static final int MAX_CATEGORY = 100;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG = 50;
    public static final int MAX_ATTACHMENTS = 10;
    public static final String MEDIA_SCHEME = "media:";

    /** A public post of the given type with just a title and body. */
    public static PostInput of(PostType type, String title, String body) {
        return new PostInput(type, title, body, null, List.of(), PostAudience.PUBLIC, null, null, List.of());
    }

    public PostInput withAudience(PostAudience value) {
        return new PostInput(type, title, body, category, tags, value, groupId, featuredImage, attachments);
    }

    public PostInput withTags(List<String> value) {
        return new PostInput(type, title, body, category, value, audience, groupId, featuredImage, attachments);
    }

    public PostInput withMedia(String featured, List<String> files) {
        return new PostInput(type, title, body, category, tags, audience, groupId, featured, files);
    }
}
