package org.smilefactory.ui.feed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.content.Comment;
import org.smilefactory.core.api.content.ContentService;
import org.smilefactory.core.api.content.FeedOrder;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.content.Post;
import org.smilefactory.core.api.content.PostAudience;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostPage;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.moderation.NewReport;
import org.smilefactory.core.api.moderation.ReportReason;
import org.smilefactory.core.api.moderation.ReportTargetType;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The Feed: a composer, the list (For you or Latest, filters, keyset "Load more"), and one open post
 * with its threaded comments. Results of an older load that arrive after a newer one are dropped.
 */
public final class FeedViewModel {

    private final ContentService content;
    private final ModerationService moderation;
    private final TaskExecutor executor;
    private final Localization l10n;

    // list
    private final ObjectProperty<FeedOrder> order = new SimpleObjectProperty<>(FeedOrder.FOR_YOU);
    private final ObjectProperty<PostType> typeFilter = new SimpleObjectProperty<>();
    private final StringProperty tagFilter = new SimpleStringProperty("");
    private final ObservableList<Post> posts = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final BooleanProperty everLoaded = new SimpleBooleanProperty();
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");

    // composer
    private final ObjectProperty<PostType> composerType = new SimpleObjectProperty<>(PostType.GENERAL);
    private final ObjectProperty<PostAudience> composerAudience = new SimpleObjectProperty<>(PostAudience.PUBLIC);
    private final StringProperty composerTitle = new SimpleStringProperty("");
    private final StringProperty composerBody = new SimpleStringProperty("");
    private final StringProperty composerTags = new SimpleStringProperty("");
    private final ObjectProperty<Path> composerImage = new SimpleObjectProperty<>();
    private final ObservableList<Path> composerAttachments = FXCollections.observableArrayList();
    private final BooleanProperty posting = new SimpleBooleanProperty();
    private final FieldErrors composerErrors = new FieldErrors("type", "title", "body", "category", "tags", "audience",
            "groupId", "featuredImage", "attachments");

    // the open post
    private final ObjectProperty<Post> openPost = new SimpleObjectProperty<>();
    private final ObservableList<Comment> comments = FXCollections.observableArrayList();
    private final ObjectProperty<Comment> replyTo = new SimpleObjectProperty<>();
    private final StringProperty commentText = new SimpleStringProperty("");
    private final StringProperty commentError = new SimpleStringProperty("");
    private final ObjectProperty<byte[]> openImage = new SimpleObjectProperty<>();

    private FeedQuery currentQuery = FeedQuery.forYou();
    private String nextCursor;
    private long generation;

    public FeedViewModel(ContentService content, ModerationService moderation, TaskExecutor executor, Localization l10n) {
        this.content = Objects.requireNonNull(content);
        this.moderation = moderation;
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        order.addListener((obs, old, now) -> refresh());
        typeFilter.addListener((obs, old, now) -> refresh());
    }

    // ---------------------------------------------------------------------------------------------
    // the list
    // ---------------------------------------------------------------------------------------------

    public void refresh() {
        String tag = tagFilter.get() == null || tagFilter.get().isBlank() ? null : tagFilter.get().trim();
        FeedQuery base = order.get() == FeedOrder.LATEST ? FeedQuery.latest() : FeedQuery.forYou();
        currentQuery = base.withTypes(typeFilter.get() == null ? Set.of() : Set.of(typeFilter.get())).withTag(tag);
        FeedQuery query = currentQuery;
        long mine = ++generation;
        errorMessage.set("");
        BackgroundTask.wrap(() -> content.feed(query))
                .onRunning(() -> loading.set(true))
                .onSuccess(page -> {
                    if (mine == generation) {
                        posts.setAll(page.posts());
                        nextCursor = page.nextCursor();
                        hasMore.set(nextCursor != null);
                        everLoaded.set(true);
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        errorMessage.set(Errors.messageOf(error, l10n));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    public void loadMore() {
        if (nextCursor == null || loading.get()) {
            return;
        }
        long mine = generation;
        FeedQuery query = currentQuery.withCursor(nextCursor);
        BackgroundTask.wrap(() -> content.feed(query))
                .onRunning(() -> loading.set(true))
                .onSuccess((PostPage page) -> {
                    if (mine == generation) {
                        posts.addAll(page.posts());
                        nextCursor = page.nextCursor();
                        hasMore.set(nextCursor != null);
                    }
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    public boolean filtersActive() {
        return typeFilter.get() != null || (tagFilter.get() != null && !tagFilter.get().isBlank());
    }

    public void clearFilters() {
        tagFilter.set("");
        if (typeFilter.get() != null) {
            typeFilter.set(null);
        } else {
            refresh();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the composer
    // ---------------------------------------------------------------------------------------------

    public void submitPost() {
        if (posting.get()) {
            return;
        }
        composerErrors.clear();
        List<String> tags = Arrays.stream(composerTags.get() == null ? new String[0] : composerTags.get().split(","))
                .map(String::trim).filter(t -> !t.isEmpty()).toList();
        PostInput input = new PostInput(composerType.get(), blankToNull(composerTitle.get()), composerBody.get(), null, tags,
                composerAudience.get(), null, composerImage.get() == null ? null : composerImage.get().toString(),
                composerAttachments.stream().map(Path::toString).toList());
        BackgroundTask.wrap(() -> content.createPost(input, true))
                .onRunning(() -> posting.set(true))
                .onSuccess(post -> {
                    composerTitle.set("");
                    composerBody.set("");
                    composerTags.set("");
                    composerImage.set(null);
                    composerAttachments.clear();
                    notice.set(l10n.get("feed.posted"));
                    if (order.get() == FeedOrder.LATEST && !filtersActive()) {
                        posts.add(0, post);
                    } else {
                        refresh();
                    }
                })
                .onFailure(error -> {
                    if (Errors.unwrap(error) instanceof ValidationException invalid) {
                        List<org.smilefactory.core.api.Violation> rest = composerErrors.apply(invalid);
                        if (!rest.isEmpty()) {
                            errorMessage.set(rest.get(0).message());
                        }
                    } else {
                        errorMessage.set(Errors.messageOf(error, l10n));
                    }
                })
                .onFinished(() -> posting.set(false))
                .executeWith(executor);
    }

    public void addAttachment(Path file) {
        if (file != null && !composerAttachments.contains(file)) {
            composerAttachments.add(file);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // actions on posts
    // ---------------------------------------------------------------------------------------------

    public void toggleLike(Post post) {
        update(post, () -> post.likedByMe() ? content.unlikePost(post.id()) : content.likePost(post.id()));
    }

    public void toggleBookmark(Post post) {
        update(post, () -> post.bookmarkedByMe() ? content.unbookmark(post.id()) : content.bookmark(post.id()));
    }

    public void share(Post post) {
        update(post, () -> content.sharePost(post.id()));
        notice.set(l10n.get("feed.shared"));
    }

    private void update(Post post, java.util.concurrent.Callable<Post> action) {
        BackgroundTask.wrap(action)
                .onSuccess(this::replace)
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    private void replace(Post updated) {
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).id().equals(updated.id())) {
                posts.set(i, updated);
            }
        }
        if (openPost.get() != null && openPost.get().id().equals(updated.id())) {
            openPost.set(updated);
        }
    }

    /** Opens one post with its comments (the search box calls this through the view). */
    public void showPost(UUID postId) {
        errorMessage.set("");
        BackgroundTask.wrap(() -> {
                    content.recordView(postId);
                    return new Opened(content.post(postId), content.comments(postId));
                })
                .onSuccess(opened -> {
                    openPost.set(opened.post());
                    comments.setAll(opened.comments());
                    replyTo.set(null);
                    commentText.set("");
                    commentError.set("");
                    loadImage(opened.post());
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    private void loadImage(Post post) {
        openImage.set(null);
        String url = post.featuredImage();
        if (url == null || !url.startsWith(PostInput.MEDIA_SCHEME)) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(url.substring(PostInput.MEDIA_SCHEME.length()));
        } catch (IllegalArgumentException e) {
            return;
        }
        BackgroundTask.wrap(() -> content.media(id).bytes())
                .onSuccess(bytes -> {
                    if (openPost.get() != null && openPost.get().id().equals(post.id())) {
                        openImage.set(bytes);
                    }
                })
                .onFailure(error -> openImage.set(null))
                .executeWith(executor);
    }

    public ObjectProperty<byte[]> openImageProperty() {
        return openImage;
    }

    private record Opened(Post post, List<Comment> comments) {
    }

    public void closePost() {
        openPost.set(null);
        comments.clear();
    }

    public void submitComment() {
        Post post = openPost.get();
        if (post == null) {
            return;
        }
        UUID parent = replyTo.get() == null ? null : replyTo.get().id();
        String text = commentText.get();
        commentError.set("");
        BackgroundTask.wrap(() -> {
                    content.comment(post.id(), parent, text);
                    return new Opened(content.post(post.id()), content.comments(post.id()));
                })
                .onSuccess(opened -> {
                    commentText.set("");
                    replyTo.set(null);
                    comments.setAll(opened.comments());
                    replace(opened.post());
                })
                .onFailure(error -> commentError.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    public void toggleCommentLike(Comment comment) {
        Post post = openPost.get();
        BackgroundTask.wrap(() -> {
                    if (comment.likedByMe()) {
                        content.unlikeComment(comment.id());
                    } else {
                        content.likeComment(comment.id());
                    }
                    return content.comments(post.id());
                })
                .onSuccess(comments::setAll)
                .onFailure(error -> commentError.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    /** Reports a post or comment to the staff; the outcome is shown as a notice, never as a crash. */
    public void report(ReportTargetType type, UUID id, ReportReason reason, String details) {
        if (moderation == null) {
            notice.set(l10n.get("feed.report.failed"));
            return;
        }
        BackgroundTask.wrap(() -> moderation.report(new NewReport(type, id, reason, details)))
                .onSuccess(r -> notice.set(l10n.get("feed.report.sent")))
                .onFailure(error -> notice.set(l10n.format("feed.report.failedBecause", Errors.messageOf(error, l10n))))
                .executeWith(executor);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---------------------------------------------------------------------------------------------
    // properties
    // ---------------------------------------------------------------------------------------------

    public ObjectProperty<FeedOrder> orderProperty() {
        return order;
    }

    public ObjectProperty<PostType> typeFilterProperty() {
        return typeFilter;
    }

    public StringProperty tagFilterProperty() {
        return tagFilter;
    }

    public ObservableList<Post> posts() {
        return posts;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public BooleanProperty everLoadedProperty() {
        return everLoaded;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ObjectProperty<PostType> composerTypeProperty() {
        return composerType;
    }

    public ObjectProperty<PostAudience> composerAudienceProperty() {
        return composerAudience;
    }

    public StringProperty composerTitleProperty() {
        return composerTitle;
    }

    public StringProperty composerBodyProperty() {
        return composerBody;
    }

    public StringProperty composerTagsProperty() {
        return composerTags;
    }

    public ObjectProperty<Path> composerImageProperty() {
        return composerImage;
    }

    public ObservableList<Path> composerAttachments() {
        return composerAttachments;
    }

    public BooleanProperty postingProperty() {
        return posting;
    }

    public FieldErrors composerErrors() {
        return composerErrors;
    }

    public ObjectProperty<Post> openPostProperty() {
        return openPost;
    }

    public ObservableList<Comment> comments() {
        return comments;
    }

    public ObjectProperty<Comment> replyToProperty() {
        return replyTo;
    }

    public StringProperty commentTextProperty() {
        return commentText;
    }

    public StringProperty commentErrorProperty() {
        return commentError;
    }

    /** For tests and the view: the posts currently listed, oldest load first. */
    public List<Post> snapshot() {
        return new ArrayList<>(posts);
    }
}
