package org.smilefactory.ui.feed;

import atlantafx.base.theme.Styles;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.content.Comment;
import org.smilefactory.core.api.content.FeedOrder;
import org.smilefactory.core.api.content.Post;
import org.smilefactory.core.api.content.PostAudience;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.api.moderation.ReportReason;
import org.smilefactory.core.api.moderation.ReportTargetType;
import org.smilefactory.ui.blog.Markdown;
import org.smilefactory.ui.blog.MarkdownView;
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.AreaView;
import org.smilefactory.ui.util.EmptyState;
import org.smilefactory.ui.util.FileDialogs;
import org.smilefactory.ui.util.Forms;

/** The Feed area: composer, For you / Latest with filters, post cards, and one post with its comment thread. */
public final class FeedView implements AreaView {

    private final FeedViewModel viewModel;
    private final Localization l10n;
    private final HubTime hubTime;
    private final BorderPane root = new BorderPane();
    private final VBox detail = new VBox(12);
    private final VBox commentsBox = new VBox(8);
    private final ImageView featuredImage = new ImageView();
    private boolean loadedOnce;

    public FeedView(FeedViewModel viewModel, Localization l10n) {
        this(viewModel, l10n, HubTime.systemDefault());
    }

    /** Post and comment times in the hub's zone, moving when the hub settings change it. */
    public FeedView(FeedViewModel viewModel, Localization l10n, HubTime hubTime) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.hubTime = hubTime;
        root.setPadding(new Insets(16));
        VBox top = new VBox(12, composer(), filterBar());
        root.setTop(top);

        ListView<Post> list = new ListView<>(viewModel.posts());
        list.setId("feedList");
        list.setCellFactory(lv -> new PostCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, post) -> {
            if (post != null) {
                viewModel.showPost(post.id());
            }
        });
        viewModel.openPostProperty().addListener((obs, old, post) -> {
            if (post == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        EmptyState empty = new EmptyState(Feather.RSS);
        empty.bind(Bindings.createStringBinding(() -> l10n.get(viewModel.filtersActive()
                        ? "feed.empty.noMatch.title" : "feed.empty.title"), viewModel.typeFilterProperty(), viewModel.posts()),
                Bindings.createStringBinding(() -> l10n.get(viewModel.filtersActive()
                        ? "feed.empty.noMatch.description" : "feed.empty.description"), viewModel.typeFilterProperty(), viewModel.posts()));
        Button clear = new Button(l10n.get("feed.filter.clear"), new FontIcon(Feather.X));
        clear.setOnAction(e -> viewModel.clearFilters());
        empty.withAction(clear);
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.posts()).and(viewModel.everLoadedProperty())
                .and(viewModel.errorMessageProperty().isEmpty()));
        list.visibleProperty().bind(empty.visibleProperty().not());

        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detail.setPadding(new Insets(8, 16, 16, 8));
        detailScroll.visibleProperty().bind(viewModel.openPostProperty().isNotNull());
        StackPane center = new StackPane(list, empty, detailScroll);
        list.visibleProperty().bind(empty.visibleProperty().not().and(detailScroll.visibleProperty().not()));
        empty.visibleProperty().unbind();
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.posts()).and(viewModel.everLoadedProperty())
                .and(viewModel.errorMessageProperty().isEmpty()).and(detailScroll.visibleProperty().not()));
        BorderPane.setMargin(center, new Insets(12, 0, 12, 0));
        root.setCenter(center);

        Button loadMore = new Button(l10n.get("feed.loadMore"), new FontIcon(Feather.CHEVRONS_DOWN));
        loadMore.setId("feedLoadMore");
        loadMore.setOnAction(e -> viewModel.loadMore());
        loadMore.visibleProperty().bind(viewModel.hasMoreProperty().and(detailScroll.visibleProperty().not()));
        loadMore.disableProperty().bind(viewModel.loadingProperty());
        Label notice = new Label();
        notice.setId("feedNotice");
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        notice.textProperty().bind(viewModel.noticeProperty());
        HBox bottom = new HBox(12, loadMore, notice);
        bottom.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(bottom);

        viewModel.openPostProperty().addListener((obs, old, post) -> {
            boolean same = old != null && post != null && old.id().equals(post.id());
            if (post != null) {
                buildDetail(post, same);
            }
        });
        viewModel.comments().addListener((javafx.collections.ListChangeListener<Comment>) c -> buildComments());
        hubTime.zoneProperty().addListener((obs, old, zone) -> {
            list.refresh();
            if (viewModel.openPostProperty().get() != null) {
                buildDetail(viewModel.openPostProperty().get(), true);
                buildComments();
            }
        });
        viewModel.openImageProperty().addListener((obs, old, bytes) ->
                featuredImage.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes))));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        if (!loadedOnce) {
            loadedOnce = true;
            viewModel.refresh();
        }
    }

    /** Opens one post with its comments (used by the search box). */
    public void showPost(UUID postId) {
        viewModel.showPost(postId);
    }

    // ---------------------------------------------------------------------------------------------

    private Node composer() {
        ComboBox<PostType> type = new ComboBox<>();
        type.setId("composerType");
        type.getItems().setAll(PostType.values());
        type.setConverter(labels());
        type.valueProperty().bindBidirectional(viewModel.composerTypeProperty());
        ComboBox<PostAudience> audience = new ComboBox<>();
        audience.setId("composerAudience");
        audience.getItems().setAll(PostAudience.PUBLIC, PostAudience.CONNECTIONS, PostAudience.PRIVATE);
        audience.setConverter(labels());
        audience.valueProperty().bindBidirectional(viewModel.composerAudienceProperty());

        TextField title = new TextField();
        title.setId("composerTitle");
        title.setPromptText(l10n.get("feed.composer.title"));
        title.textProperty().bindBidirectional(viewModel.composerTitleProperty());
        TextArea body = new TextArea();
        body.setId("composerBody");
        body.setPromptText(l10n.get("feed.composer.body"));
        body.setPrefRowCount(3);
        body.setWrapText(true);
        body.textProperty().bindBidirectional(viewModel.composerBodyProperty());
        TextField tags = new TextField();
        tags.setId("composerTags");
        tags.setPromptText(l10n.get("feed.composer.tags"));
        tags.textProperty().bindBidirectional(viewModel.composerTagsProperty());

        Button attach = new Button(l10n.get("feed.composer.attach"), new FontIcon(Feather.PAPERCLIP));
        attach.setOnAction(e -> {
            FileChooser chooser = FileDialogs.chooser(l10n.get("feed.composer.attach"));
            List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
            if (files != null) {
                files.forEach(f -> viewModel.addAttachment(f.toPath()));
            }
        });
        Button image = new Button(l10n.get("feed.composer.image"), new FontIcon(Feather.IMAGE));
        image.setOnAction(e -> {
            FileChooser chooser = FileDialogs.chooser(l10n.get("feed.composer.image"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(l10n.get("feed.composer.images"),
                    "*.png", "*.jpg", "*.jpeg", "*.gif"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                viewModel.composerImageProperty().set(file.toPath());
            }
        });
        Label files = new Label();
        files.getStyleClass().add(Styles.TEXT_MUTED);
        files.textProperty().bind(Bindings.createStringBinding(() -> {
            List<String> names = new ArrayList<>();
            if (viewModel.composerImageProperty().get() != null) {
                names.add(l10n.format("feed.composer.imageName", viewModel.composerImageProperty().get().getFileName()));
            }
            viewModel.composerAttachments().forEach(p -> names.add(p.getFileName().toString()));
            return String.join(", ", names);
        }, viewModel.composerImageProperty(), viewModel.composerAttachments()));
        Button clearFiles = new Button(null, new FontIcon(Feather.X));
        clearFiles.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clearFiles.visibleProperty().bind(files.textProperty().isNotEmpty());
        clearFiles.setOnAction(e -> {
            viewModel.composerImageProperty().set(null);
            viewModel.composerAttachments().clear();
        });

        Button post = new Button(l10n.get("feed.composer.post"), new FontIcon(Feather.SEND));
        post.setId("postButton");
        post.setDefaultButton(false);
        post.getStyleClass().add(Styles.ACCENT);
        post.disableProperty().bind(viewModel.postingProperty());
        post.setOnAction(e -> viewModel.submitPost());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        VBox box = new VBox(8,
                new HBox(8, type, audience),
                withError(title, "title"),
                withError(body, "body"),
                withError(tags, "tags"),
                new HBox(8, attach, image, files, clearFiles, grow, post),
                error("attachments"), error("featuredImage"), error("type"));
        ((HBox) box.getChildren().get(4)).setAlignment(Pos.CENTER_LEFT);
        TitledPane pane = new TitledPane(l10n.get("feed.composer.heading"), box);
        pane.setId("composer");
        pane.setExpanded(true);
        return pane;
    }

    private VBox withError(Node input, String field) {
        Label error = new Label();
        Forms.bindError(input, error, viewModel.composerErrors().of(field));
        viewModel.composerErrors().clearOnChange(input instanceof TextField t ? t.textProperty()
                : ((TextArea) input).textProperty(), field);
        return new VBox(2, input, error);
    }

    private Label error(String field) {
        Label error = new Label();
        error.setId("composerError-" + field);
        Forms.bindError(new Region(), error, viewModel.composerErrors().of(field));
        return error;
    }

    private Node filterBar() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton forYou = new ToggleButton(l10n.get("feed.order.forYou"));
        forYou.setId("forYouToggle");
        ToggleButton latest = new ToggleButton(l10n.get("feed.order.latest"));
        latest.setId("latestToggle");
        forYou.setToggleGroup(group);
        latest.setToggleGroup(group);
        forYou.getStyleClass().add(Styles.LEFT_PILL);
        latest.getStyleClass().add(Styles.RIGHT_PILL);
        group.selectToggle(viewModel.orderProperty().get() == FeedOrder.LATEST ? latest : forYou);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                viewModel.orderProperty().set(now == latest ? FeedOrder.LATEST : FeedOrder.FOR_YOU);
            }
        });

        ComboBox<PostType> type = new ComboBox<>();
        type.setId("feedTypeFilter");
        List<PostType> types = new ArrayList<>();
        types.add(null);
        types.addAll(Arrays.asList(PostType.values()));
        type.getItems().setAll(types);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(PostType t) {
                return t == null ? l10n.get("feed.filter.allTypes") : l10n.label(t);
            }

            @Override
            public PostType fromString(String s) {
                return null;
            }
        });
        type.setPromptText(l10n.get("feed.filter.allTypes"));
        type.valueProperty().bindBidirectional(viewModel.typeFilterProperty());
        TextField tag = new TextField();
        tag.setId("feedTagFilter");
        tag.setPromptText(l10n.get("feed.filter.tag"));
        tag.textProperty().bindBidirectional(viewModel.tagFilterProperty());
        tag.setOnAction(e -> viewModel.refresh());
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setOnAction(e -> viewModel.refresh());
        ProgressBar loading = new ProgressBar();
        loading.setPrefWidth(80);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Label error = new Label();
        error.setId("feedError");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorMessageProperty());
        HBox bar = new HBox(8, new HBox(forYou, latest), type, tag, refresh, loading, error);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private <E extends Enum<E>> StringConverter<E> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : l10n.label(value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    // ---------------------------------------------------------------------------------------------
    // the open post
    // ---------------------------------------------------------------------------------------------

    private void buildDetail(Post post, boolean keepComments) {
        Button back = new Button(l10n.get("feed.back"), new FontIcon(Feather.ARROW_LEFT));
        back.setId("backToFeed");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> viewModel.closePost());
        Label meta = new Label(l10n.format("feed.meta", post.authorName(), l10n.label(post.type()),
                hubTime.dateTime(post.publishedAt())));
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        Label title = new Label(post.title() == null ? "" : post.title());
        title.setId("detailTitle");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        title.setVisible(post.title() != null);
        title.setManaged(post.title() != null);
        VBox body = MarkdownView.render(post.body(), url -> viewModel.noticeProperty().set(url));
        body.setId("detailBody");
        featuredImage.setPreserveRatio(true);
        featuredImage.setFitWidth(520);

        Button like = new Button(l10n.format(post.likedByMe() ? "feed.unlike" : "feed.like", post.likeCount()),
                new FontIcon(Feather.HEART));
        like.setId("detailLikeButton");
        if (post.likedByMe()) {
            like.getStyleClass().add(Styles.ACCENT);
        }
        like.setOnAction(e -> viewModel.toggleLike(post));
        Button bookmark = new Button(l10n.get(post.bookmarkedByMe() ? "feed.unbookmark" : "feed.bookmark"),
                new FontIcon(Feather.BOOKMARK));
        bookmark.setId("detailBookmarkButton");
        bookmark.setOnAction(e -> viewModel.toggleBookmark(post));
        Button share = new Button(l10n.format("feed.share", post.shareCount()), new FontIcon(Feather.SHARE_2));
        share.setId("detailShareButton");
        share.setOnAction(e -> viewModel.share(post));
        Label counts = new Label(l10n.format("feed.counts", post.commentCount(), post.viewCount()));
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        MenuButton more = new MenuButton(null, new FontIcon(Feather.MORE_HORIZONTAL));
        more.setId("detailMenu");
        MenuItem report = new MenuItem(l10n.get("feed.report.post"));
        report.setOnAction(e -> askReport(ReportTargetType.POST, post.id()));
        more.getItems().add(report);
        HBox actions = new HBox(8, like, bookmark, share, counts, more);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label attachments = new Label(post.attachments().isEmpty() ? ""
                : l10n.format("feed.attachments", post.attachments().size()));
        attachments.setVisible(!post.attachments().isEmpty());
        attachments.setManaged(!post.attachments().isEmpty());
        FlowPane tags = new FlowPane(6, 6);
        post.tags().forEach(t -> {
            Label tag = new Label("#" + t);
            tag.getStyleClass().addAll(Styles.TEXT_SMALL, "type-badge");
            tags.getChildren().add(tag);
        });

        Label commentsHeading = new Label(l10n.get("feed.comments"));
        commentsHeading.getStyleClass().add(Styles.TITLE_4);
        Label replying = new Label();
        replying.setId("replyingLabel");
        replying.textProperty().bind(Bindings.createStringBinding(() -> viewModel.replyToProperty().get() == null ? ""
                : l10n.format("feed.replyingTo", viewModel.replyToProperty().get().authorName()), viewModel.replyToProperty()));
        Button cancelReply = new Button(l10n.get("feed.cancelReply"));
        cancelReply.getStyleClass().add(Styles.FLAT);
        cancelReply.visibleProperty().bind(viewModel.replyToProperty().isNotNull());
        cancelReply.setOnAction(e -> viewModel.replyToProperty().set(null));
        HBox replyRow = new HBox(8, replying, cancelReply);
        replyRow.setAlignment(Pos.CENTER_LEFT);
        replyRow.visibleProperty().bind(viewModel.replyToProperty().isNotNull());
        replyRow.managedProperty().bind(replyRow.visibleProperty());
        TextArea comment = new TextArea();
        comment.setId("commentField");
        comment.setPromptText(l10n.get("feed.comment.prompt"));
        comment.setPrefRowCount(2);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(viewModel.commentTextProperty());
        Button send = new Button(l10n.get("feed.comment.send"), new FontIcon(Feather.SEND));
        send.setId("commentButton");
        send.setOnAction(e -> viewModel.submitComment());
        Label commentError = new Label();
        Forms.bindError(comment, commentError, viewModel.commentErrorProperty());

        detail.getChildren().setAll(back, meta, title, featuredImage, body, tags, attachments, actions, commentsHeading,
                commentsBox, replyRow, comment, commentError, send);
        if (!keepComments) {
            commentsBox.getChildren().clear();
        }
        buildComments();
    }

    private void buildComments() {
        commentsBox.getChildren().clear();
        if (viewModel.comments().isEmpty()) {
            Label none = new Label(l10n.get("feed.comments.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            commentsBox.getChildren().add(none);
            return;
        }
        int index = 0;
        for (Comment c : viewModel.comments()) {
            Label who = new Label(l10n.format("feed.comment.meta", c.authorName(), hubTime.dateTime(c.createdAt())));
            who.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label text = new Label(c.body());
            text.setWrapText(true);
            text.setId("commentText-" + index);
            Button like = new Button(l10n.format(c.likedByMe() ? "feed.unlike" : "feed.like", c.likeCount()));
            like.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            like.setOnAction(e -> viewModel.toggleCommentLike(c));
            Button reply = new Button(l10n.get("feed.reply"));
            reply.setId("replyButton-" + index);
            reply.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            reply.setOnAction(e -> viewModel.replyToProperty().set(c));
            Button report = new Button(l10n.get("feed.report"));
            report.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            report.setOnAction(e -> askReport(ReportTargetType.COMMENT, c.id()));
            VBox card = new VBox(2, who, text, new HBox(4, like, reply, report));
            Region indent = new Region();
            indent.setMinWidth(Math.min(c.depth(), 8) * 24.0);
            HBox row = new HBox(indent, card);
            HBox.setHgrow(card, Priority.ALWAYS);
            commentsBox.getChildren().add(row);
            index++;
        }
    }

    private void askReport(ReportTargetType type, UUID id) {
        ChoiceDialog<ReportReason> dialog = new ChoiceDialog<>(ReportReason.SPAM, ReportReason.values());
        dialog.setTitle(l10n.get("feed.report.title"));
        dialog.setHeaderText(l10n.get("feed.report.header"));
        dialog.setContentText(l10n.get("feed.report.reason"));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        Optional<ReportReason> reason = dialog.showAndWait();
        reason.ifPresent(r -> viewModel.report(type, id, r, null));
    }

    /** A post card: author, type, title, a preview of the text, tags and counts. */
    private final class PostCell extends ListCell<Post> {
        private final Label meta = new Label();
        private final Label title = new Label();
        private final Label preview = new Label();
        private final Label counts = new Label();
        private final VBox card = new VBox(4, meta, title, preview, counts);

        PostCell() {
            meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setWrapText(true);
            preview.setWrapText(true);
            counts.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            card.setPadding(new Insets(6, 4, 6, 4));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Post post, boolean empty) {
            super.updateItem(post, empty);
            if (empty || post == null) {
                setGraphic(null);
                return;
            }
            meta.setText(l10n.format("feed.meta", post.authorName(), l10n.label(post.type()),
                    hubTime.dateTime(post.publishedAt())));
            title.setText(post.title() == null ? "" : post.title());
            title.setVisible(post.title() != null);
            title.setManaged(post.title() != null);
            String plain = Markdown.plain(post.body());
            preview.setText(plain.length() > 280 ? plain.substring(0, 277) + "\u2026" : plain);
            counts.setText(l10n.format("feed.cardCounts", post.likeCount(), post.commentCount(), post.shareCount(),
                    post.bookmarkCount()) + (post.likedByMe() ? "  \u2665" : "") + (post.bookmarkedByMe() ? "  \u2605" : "")
                    + (post.tags().isEmpty() ? "" : "   #" + String.join(" #", post.tags())));
            setGraphic(card);
        }
    }
}
