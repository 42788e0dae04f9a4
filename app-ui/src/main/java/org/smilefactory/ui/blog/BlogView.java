package org.smilefactory.ui.blog;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.content.Post;
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.AreaView;
import org.smilefactory.ui.util.EmptyState;
import org.smilefactory.ui.util.Forms;

/** The Blog area: articles and my drafts on the left; the reader or the editor on the right. */
public final class BlogView implements AreaView {

    private final BlogViewModel viewModel;
    private final Localization l10n;
    private final HubTime hubTime;
    private final SplitPane root = new SplitPane();
    private final VBox reader = new VBox(12);

    public BlogView(BlogViewModel viewModel, Localization l10n) {
        this(viewModel, l10n, HubTime.systemDefault());
    }

    /** Publication days in the hub's zone (a late-evening article is on the hub's day, not this computer's). */
    public BlogView(BlogViewModel viewModel, Localization l10n, HubTime hubTime) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.hubTime = hubTime;

        Button newArticle = new Button(l10n.get("blog.new"), new FontIcon(Feather.EDIT));
        newArticle.setId("newArticleButton");
        newArticle.getStyleClass().add(Styles.ACCENT);
        newArticle.setOnAction(e -> viewModel.newArticle());
        Label articlesHeading = heading("blog.articles");
        ListView<Post> articles = new ListView<>(viewModel.articles());
        articles.setId("articleList");
        articles.setCellFactory(lv -> new ArticleCell());
        articles.getStyleClass().add("directory-list");
        articles.setPlaceholder(placeholder("blog.articles.empty"));
        articles.getSelectionModel().selectedItemProperty().addListener((obs, old, post) -> {
            if (post != null) {
                viewModel.open(post);
            }
        });
        VBox.setVgrow(articles, Priority.ALWAYS);
        Button more = new Button(l10n.get("feed.loadMore"), new FontIcon(Feather.CHEVRONS_DOWN));
        more.visibleProperty().bind(viewModel.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> viewModel.loadMore());
        hubTime.zoneProperty().addListener((obs, old, zone) -> articles.refresh());
        Label draftsHeading = heading("blog.drafts");
        ListView<Post> drafts = new ListView<>(viewModel.drafts());
        drafts.setId("draftList");
        drafts.setCellFactory(lv -> new ArticleCell());
        drafts.getStyleClass().add("directory-list");
        drafts.setPlaceholder(placeholder("blog.drafts.empty"));
        drafts.setPrefHeight(160);
        drafts.getSelectionModel().selectedItemProperty().addListener((obs, old, post) -> {
            if (post != null) {
                viewModel.edit(post);
            }
        });
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorMessageProperty());
        VBox left = new VBox(8, newArticle, articlesHeading, articles, more, draftsHeading, drafts, error);
        left.setPadding(new Insets(16));
        left.setMinWidth(260);

        ScrollPane readerScroll = new ScrollPane(reader);
        readerScroll.setId("articleView");
        readerScroll.setFitToWidth(true);
        reader.setPadding(new Insets(24, 32, 32, 32));
        reader.setMaxWidth(760);
        readerScroll.visibleProperty().bind(viewModel.modeProperty().isEqualTo(BlogViewModel.Mode.READ));
        Node editor = editor();
        editor.visibleProperty().bind(viewModel.modeProperty().isEqualTo(BlogViewModel.Mode.EDIT));
        Button write = new Button(l10n.get("blog.new"), new FontIcon(Feather.EDIT));
        write.setOnAction(e -> viewModel.newArticle());
        EmptyState empty = new EmptyState(Feather.BOOK_OPEN, l10n.get("blog.empty.title"), l10n.get("blog.empty.description"))
                .withAction(write);
        empty.visibleProperty().bind(viewModel.modeProperty().isEqualTo(BlogViewModel.Mode.NONE));
        StackPane right = new StackPane(empty, readerScroll, editor);

        root.getItems().setAll(left, right);
        root.setDividerPositions(0.3);
        viewModel.readingProperty().addListener((obs, old, post) -> {
            if (post != null) {
                showArticle(post);
            }
        });
    }

    private Label heading(String key) {
        Label label = new Label(l10n.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private Label placeholder(String key) {
        Label label = new Label(l10n.get(key));
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setPadding(new Insets(12));
        return label;
    }

    private Node editor() {
        TextField title = new TextField();
        title.setId("blogTitle");
        title.setPromptText(l10n.get("blog.editor.title"));
        title.getStyleClass().add(Styles.LARGE);
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        TextArea body = new TextArea();
        body.setId("blogBody");
        body.setWrapText(true);
        body.setPromptText(l10n.get("blog.editor.body"));
        body.textProperty().bindBidirectional(viewModel.bodyProperty());
        VBox.setVgrow(body, Priority.ALWAYS);
        TextField tags = new TextField();
        tags.setId("blogTags");
        tags.setPromptText(l10n.get("feed.composer.tags"));
        tags.textProperty().bindBidirectional(viewModel.tagsProperty());
        Label help = new Label(l10n.get("blog.editor.help"));
        help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        help.setWrapText(true);

        Label titleError = new Label();
        Forms.bindError(title, titleError, viewModel.errors().of("title"));
        viewModel.errors().clearOnChange(title.textProperty(), "title");
        Label bodyError = new Label();
        Forms.bindError(body, bodyError, viewModel.errors().of("body"));
        viewModel.errors().clearOnChange(body.textProperty(), "body");
        Label tagsError = new Label();
        Forms.bindError(tags, tagsError, viewModel.errors().of("tags"));
        viewModel.errors().clearOnChange(tags.textProperty(), "tags");

        Button save = new Button(l10n.get("blog.saveDraft"), new FontIcon(Feather.SAVE));
        save.setId("saveDraftButton");
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(e -> viewModel.save());
        Button publish = new Button(l10n.get("blog.publish"), new FontIcon(Feather.SEND));
        publish.setId("publishButton");
        publish.getStyleClass().add(Styles.ACCENT);
        publish.disableProperty().bind(viewModel.savingProperty());
        publish.setOnAction(e -> viewModel.publish());
        Label status = new Label();
        status.setId("blogStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, grow, save, publish);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, title, titleError, body, bodyError, tags, tagsError, help, buttons);
        box.setPadding(new Insets(16));
        return box;
    }

    private void showArticle(Post post) {
        Label title = new Label(post.title() == null ? "" : post.title());
        title.setId("articleTitle");
        title.getStyleClass().add(Styles.TITLE_1);
        title.setWrapText(true);
        Label meta = new Label(l10n.format("blog.meta", post.authorName(),
                hubTime.longDate(post.publishedAt()), post.viewCount(), post.likeCount()));
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        VBox body = MarkdownView.render(post.body(), url -> { });
        body.setId("articleBody");
        reader.getChildren().setAll(title, meta, body);
        if (!post.tags().isEmpty()) {
            Label tags = new Label("#" + String.join("  #", post.tags()));
            tags.getStyleClass().add(Styles.TEXT_MUTED);
            reader.getChildren().add(tags);
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.refresh();
    }

    @Override
    public boolean onShortcut(Shortcut shortcut) {
        if (shortcut == Shortcut.SAVE && viewModel.modeProperty().get() == BlogViewModel.Mode.EDIT) {
            viewModel.save();
            return true;
        }
        return false;
    }

    private final class ArticleCell extends ListCell<Post> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, title, meta);

        ArticleCell() {
            title.getStyleClass().add(Styles.TEXT_BOLD);
            // Titles often share their first words: cut in the middle ("What we learned ... gold mines"),
            // not all to the same "What we learned building ..."; the whole title is in the tooltip.
            title.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_WORD_ELLIPSIS);
            meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.getStyleClass().add("directory-entry");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Post post, boolean empty) {
            super.updateItem(post, empty);
            if (empty || post == null) {
                setGraphic(null);
                return;
            }
            title.setText(post.title() == null || post.title().isBlank() ? l10n.get("blog.untitled") : post.title());
            setTooltip(new javafx.scene.control.Tooltip(title.getText()));
            meta.setText(post.publishedAt() == null ? l10n.get("blog.status.draft")
                    : l10n.format("blog.cardMeta", post.authorName(), hubTime.longDate(post.publishedAt())));
            setGraphic(box);
        }
    }
}
