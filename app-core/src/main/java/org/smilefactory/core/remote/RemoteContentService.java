package org.smilefactory.core.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.content.Comment;
import org.smilefactory.core.api.content.ContentService;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.content.MediaContent;
import org.smilefactory.core.api.content.MediaRef;
import org.smilefactory.core.api.content.Post;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostPage;
import org.smilefactory.core.api.content.PostStatus;
import org.smilefactory.core.content.PostValidator;
import org.smilefactory.core.remote.wire.ContentCommentRequest;
import org.smilefactory.core.remote.wire.ContentCreatePostRequest;
import org.smilefactory.core.remote.wire.ContentEditPostRequest;
import org.smilefactory.core.remote.wire.ContentUploadRequest;
import org.smilefactory.core.remote.wire.VersionRequest;

/**
 * {@link ContentService} over app-server's REST API. Local files named in a {@link PostInput} are
 * checked here first (with the same rules as the local service, so a missing file or a 1 MB title
 * sends nothing), then uploaded to {@code POST /media}, and the post refers to them by media URL.
 */
final class RemoteContentService implements ContentService {

    private final Calls calls;

    RemoteContentService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public Post createPost(PostInput input, boolean publish) {
        PostValidator.validate(input, publish, true);
        return calls.call("POST", "posts").body(new ContentCreatePostRequest(uploaded(input), publish)).as(Post.class);
    }

    @Override
    public Post editPost(UUID postId, long expectedVersion, PostInput input) {
        PostValidator.validate(input, false, true);
        return calls.call("PUT", "posts/" + postId).body(new ContentEditPostRequest(expectedVersion, uploaded(input))).as(Post.class);
    }

    @Override
    public Post publishPost(UUID postId, long expectedVersion) {
        return calls.call("POST", "posts/" + postId + "/publish").body(new VersionRequest(expectedVersion)).as(Post.class);
    }

    @Override
    public Post archivePost(UUID postId, long expectedVersion) {
        return calls.call("POST", "posts/" + postId + "/archive").body(new VersionRequest(expectedVersion)).as(Post.class);
    }

    @Override
    public Post post(UUID postId) {
        return calls.call("GET", "posts/" + postId).as(Post.class);
    }

    @Override
    public PostPage feed(FeedQuery query) {
        FeedQuery q = query == null ? FeedQuery.latest() : query;
        return calls.call("GET", "feed")
                .query("order", q.order())
                .query("types", q.types())
                .query("from", q.from())
                .query("to", q.to())
                .query("authorTypes", q.authorTypes())
                .query("tag", q.tag())
                .query("cursor", q.cursor())
                .query("limit", q.limit())
                .as(PostPage.class);
    }

    @Override
    public PostPage myPosts(PostStatus status, String cursor, int limit) {
        return calls.call("GET", "posts/mine").query("status", status).query("cursor", cursor).query("limit", limit)
                .as(PostPage.class);
    }

    @Override
    public void recordView(UUID postId) {
        calls.call("POST", "posts/" + postId + "/views").send();
    }

    @Override
    public Post likePost(UUID postId) {
        return calls.call("POST", "posts/" + postId + "/like").as(Post.class);
    }

    @Override
    public Post unlikePost(UUID postId) {
        return calls.call("DELETE", "posts/" + postId + "/like").as(Post.class);
    }

    @Override
    public Post sharePost(UUID postId) {
        return calls.call("POST", "posts/" + postId + "/shares").as(Post.class);
    }

    @Override
    public Post bookmark(UUID postId) {
        return calls.call("POST", "posts/" + postId + "/bookmark").as(Post.class);
    }

    @Override
    public Post unbookmark(UUID postId) {
        return calls.call("DELETE", "posts/" + postId + "/bookmark").as(Post.class);
    }

    @Override
    public PostPage bookmarks(String cursor, int limit) {
        return calls.call("GET", "bookmarks").query("cursor", cursor).query("limit", limit).as(PostPage.class);
    }

    @Override
    public Comment comment(UUID postId, UUID parentCommentId, String body) {
        return calls.call("POST", "posts/" + postId + "/comments").body(new ContentCommentRequest(parentCommentId, body))
                .as(Comment.class);
    }

    @Override
    public List<Comment> comments(UUID postId) {
        return calls.call("GET", "posts/" + postId + "/comments").asList(Comment.class);
    }

    @Override
    public void likeComment(UUID commentId) {
        calls.call("POST", "comments/" + commentId + "/like").send();
    }

    @Override
    public void unlikeComment(UUID commentId) {
        calls.call("DELETE", "comments/" + commentId + "/like").send();
    }

    @Override
    public MediaRef uploadMedia(String fileName, byte[] bytes) {
        return calls.call("POST", "media").body(new ContentUploadRequest(fileName, bytes)).as(MediaRef.class);
    }

    @Override
    public MediaContent media(UUID mediaId) {
        return calls.call("GET", "media/" + mediaId).as(MediaContent.class);
    }

    /** The input with every local file uploaded and replaced by its media URL (validated before). */
    private PostInput uploaded(PostInput input) {
        String featured = input.featuredImage() == null ? null : upload(input.featuredImage());
        List<String> attachments = new ArrayList<>();
        if (input.attachments() != null) {
            for (String entry : input.attachments()) {
                attachments.add(upload(entry));
            }
        }
        return input.withMedia(featured, attachments);
    }

    private String upload(String entry) {
        if (PostValidator.isMediaUrl(entry)) {
            return entry;
        }
        Path file = Path.of(entry);
        try {
            return uploadMedia(file.getFileName().toString(), Files.readAllBytes(file)).url();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
