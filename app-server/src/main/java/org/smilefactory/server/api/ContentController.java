package org.smilefactory.server.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.content.Comment;
import org.smilefactory.core.api.content.FeedOrder;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.content.MediaContent;
import org.smilefactory.core.api.content.MediaRef;
import org.smilefactory.core.api.content.Post;
import org.smilefactory.core.api.content.PostPage;
import org.smilefactory.core.api.content.PostStatus;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.remote.wire.ContentCommentRequest;
import org.smilefactory.core.remote.wire.ContentCreatePostRequest;
import org.smilefactory.core.remote.wire.ContentEditPostRequest;
import org.smilefactory.core.remote.wire.ContentUploadRequest;
import org.smilefactory.core.remote.wire.VersionRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.content.ContentService} over HTTP: posts, the feed, comments, likes, media. */
@RestController
@RequestMapping("/api/v1")
public class ContentController {

    @PostMapping("/posts")
    public Post create(Session session, @RequestBody ContentCreatePostRequest body) {
        return session.content().createPost(body.input(), body.publish());
    }

    @GetMapping("/posts/mine")
    public PostPage mine(Session session, @RequestParam(required = false) PostStatus status,
                         @RequestParam(required = false) String cursor,
                         @RequestParam(defaultValue = "" + FeedQuery.DEFAULT_LIMIT) int limit) {
        return session.content().myPosts(status, cursor, limit);
    }

    @GetMapping("/posts/{postId}")
    public Post get(Session session, @PathVariable UUID postId) {
        return session.content().post(postId);
    }

    @PutMapping("/posts/{postId}")
    public Post edit(Session session, @PathVariable UUID postId, @RequestBody ContentEditPostRequest body) {
        return session.content().editPost(postId, body.expectedVersion(), body.input());
    }

    @PostMapping("/posts/{postId}/publish")
    public Post publish(Session session, @PathVariable UUID postId, @RequestBody VersionRequest body) {
        return session.content().publishPost(postId, body.expectedVersion());
    }

    @PostMapping("/posts/{postId}/archive")
    public Post archive(Session session, @PathVariable UUID postId, @RequestBody VersionRequest body) {
        return session.content().archivePost(postId, body.expectedVersion());
    }

    /** The feed: every filter optional; {@code types} and {@code authorTypes} may repeat; times are ISO-8601. */
    @GetMapping("/feed")
    public PostPage feed(Session session,
                         @RequestParam(defaultValue = "LATEST") FeedOrder order,
                         @RequestParam(required = false) Set<PostType> types,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                         @RequestParam(required = false) Set<ProfileType> authorTypes,
                         @RequestParam(required = false) String tag,
                         @RequestParam(required = false) String cursor,
                         @RequestParam(defaultValue = "" + FeedQuery.DEFAULT_LIMIT) int limit) {
        return session.content().feed(new FeedQuery(order, types == null ? Set.of() : types, from, to,
                authorTypes == null ? Set.of() : authorTypes, tag, cursor, limit));
    }

    @PostMapping("/posts/{postId}/views")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void view(Session session, @PathVariable UUID postId) {
        session.content().recordView(postId);
    }

    @PostMapping("/posts/{postId}/like")
    public Post like(Session session, @PathVariable UUID postId) {
        return session.content().likePost(postId);
    }

    @DeleteMapping("/posts/{postId}/like")
    public Post unlike(Session session, @PathVariable UUID postId) {
        return session.content().unlikePost(postId);
    }

    @PostMapping("/posts/{postId}/shares")
    public Post share(Session session, @PathVariable UUID postId) {
        return session.content().sharePost(postId);
    }

    @PostMapping("/posts/{postId}/bookmark")
    public Post bookmark(Session session, @PathVariable UUID postId) {
        return session.content().bookmark(postId);
    }

    @DeleteMapping("/posts/{postId}/bookmark")
    public Post unbookmark(Session session, @PathVariable UUID postId) {
        return session.content().unbookmark(postId);
    }

    @GetMapping("/bookmarks")
    public PostPage bookmarks(Session session, @RequestParam(required = false) String cursor,
                              @RequestParam(defaultValue = "" + FeedQuery.DEFAULT_LIMIT) int limit) {
        return session.content().bookmarks(cursor, limit);
    }

    @PostMapping("/posts/{postId}/comments")
    public Comment comment(Session session, @PathVariable UUID postId, @RequestBody ContentCommentRequest body) {
        return session.content().comment(postId, body.parentId(), body.body());
    }

    @GetMapping("/posts/{postId}/comments")
    public List<Comment> comments(Session session, @PathVariable UUID postId) {
        return session.content().comments(postId);
    }

    @PostMapping("/comments/{commentId}/like")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void likeComment(Session session, @PathVariable UUID commentId) {
        session.content().likeComment(commentId);
    }

    @DeleteMapping("/comments/{commentId}/like")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void unlikeComment(Session session, @PathVariable UUID commentId) {
        session.content().unlikeComment(commentId);
    }

    /** Stores a file's bytes in the server's media store; posts then refer to the returned URL. */
    @PostMapping("/media")
    public MediaRef upload(Session session, @RequestBody ContentUploadRequest body) {
        return session.content().uploadMedia(body.fileName(), body.bytes());
    }

    @GetMapping("/media/{mediaId}")
    public MediaContent media(Session session, @PathVariable UUID mediaId) {
        return session.content().media(mediaId);
    }
}
