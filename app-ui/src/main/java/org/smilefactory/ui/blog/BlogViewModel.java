package org.smilefactory.ui.blog;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.content.ContentService;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.content.Post;
import org.smilefactory.core.api.content.PostAudience;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostPage;
import org.smilefactory.core.api.content.PostStatus;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/** The Blog: published articles, my drafts, the article reader and the editor with draft/publish. */
public final class BlogViewModel {

    /** What the main pane shows. */
    public enum Mode { NONE, READ, EDIT }

    private final ContentService content;
    private final TaskExecutor executor;
    private final Localization l10n;

    private final ObservableList<Post> articles = FXCollections.observableArrayList();
    private final ObservableList<Post> drafts = FXCollections.observableArrayList();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final BooleanProperty everLoaded = new SimpleBooleanProperty();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NONE);
    private final ObjectProperty<Post> reading = new SimpleObjectProperty<>();
    private final StringProperty errorMessage = new SimpleStringProperty("");

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final FieldErrors errors = new FieldErrors("title", "body", "tags", "type");
    private UUID editingId;
    private long editingVersion;
    private String nextCursor;

    public BlogViewModel(ContentService content, TaskExecutor executor, Localization l10n) {
        this.content = Objects.requireNonNull(content);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
    }

    public void refresh() {
        BackgroundTask.wrap(() -> new Lists(content.feed(FeedQuery.blog()), content.myPosts(PostStatus.DRAFT, null, 100)))
                .onSuccess(lists -> {
                    articles.setAll(lists.articles().posts());
                    nextCursor = lists.articles().nextCursor();
                    hasMore.set(nextCursor != null);
                    drafts.setAll(lists.drafts().posts().stream().filter(p -> p.type() == PostType.BLOG).toList());
                    everLoaded.set(true);
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    private record Lists(PostPage articles, PostPage drafts) {
    }

    public void loadMore() {
        if (nextCursor == null) {
            return;
        }
        String cursor = nextCursor;
        BackgroundTask.wrap(() -> content.feed(FeedQuery.blog().withCursor(cursor)))
                .onSuccess(page -> {
                    articles.addAll(page.posts());
                    nextCursor = page.nextCursor();
                    hasMore.set(nextCursor != null);
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    /** Opens an article to read (and counts the view). */
    public void open(Post article) {
        BackgroundTask.wrap(() -> {
                    content.recordView(article.id());
                    return content.post(article.id());
                })
                .onSuccess(post -> {
                    reading.set(post);
                    mode.set(Mode.READ);
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    public void newArticle() {
        editingId = null;
        editingVersion = 0;
        title.set("");
        body.set("");
        tags.set("");
        status.set(l10n.get("blog.status.new"));
        errors.clear();
        mode.set(Mode.EDIT);
    }

    public void edit(Post draft) {
        editingId = draft.id();
        editingVersion = draft.version();
        title.set(draft.title() == null ? "" : draft.title());
        body.set(draft.body() == null ? "" : draft.body());
        tags.set(String.join(", ", draft.tags()));
        status.set(l10n.get(draft.status() == PostStatus.DRAFT ? "blog.status.draft" : "blog.status.published"));
        errors.clear();
        mode.set(Mode.EDIT);
    }

    /** Saves the article as it is (a draft stays a draft); Ctrl+S. */
    public void save() {
        write(false);
    }

    /** Saves and publishes; then shows the article as readers will see it. */
    public void publish() {
        write(true);
    }

    private void write(boolean publish) {
        if (saving.get() || mode.get() != Mode.EDIT) {
            return;
        }
        errors.clear();
        List<String> tagList = Arrays.stream(tags.get() == null ? new String[0] : tags.get().split(","))
                .map(String::trim).filter(t -> !t.isEmpty()).toList();
        PostInput input = new PostInput(PostType.BLOG, title.get(), body.get(), null, tagList, PostAudience.PUBLIC,
                null, null, List.of());
        UUID id = editingId;
        long version = editingVersion;
        java.util.concurrent.atomic.AtomicReference<Post> written = new java.util.concurrent.atomic.AtomicReference<>();
        BackgroundTask.wrap(() -> {
                    Post saved = id == null ? content.createPost(input, publish) : content.editPost(id, version, input);
                    written.set(saved);
                    if (publish && saved.status() != PostStatus.PUBLISHED) {
                        saved = content.publishPost(saved.id(), saved.version());
                    }
                    return saved;
                })
                .onRunning(() -> saving.set(true))
                .onSuccess(saved -> {
                    editingId = saved.id();
                    editingVersion = saved.version();
                    status.set(l10n.get(saved.status() == PostStatus.PUBLISHED ? "blog.status.published" : "blog.status.saved"));
                    if (publish) {
                        reading.set(saved);
                        mode.set(Mode.READ);
                    }
                    refresh();
                })
                .onFailure(error -> {
                    if (written.get() != null) {
                        // the edit was saved before publishing failed: keep editing that version
                        editingId = written.get().id();
                        editingVersion = written.get().version();
                    }
                    if (Errors.unwrap(error) instanceof ValidationException invalid) {
                        List<Violation> rest = errors.apply(invalid);
                        if (!rest.isEmpty()) {
                            status.set(rest.get(0).message());
                        }
                    } else {
                        status.set(Errors.messageOf(error, l10n));
                    }
                })
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
    }

    public ObservableList<Post> articles() {
        return articles;
    }

    public ObservableList<Post> drafts() {
        return drafts;
    }

    public BooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public BooleanProperty everLoadedProperty() {
        return everLoaded;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Post> readingProperty() {
        return reading;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors errors() {
        return errors;
    }
}
