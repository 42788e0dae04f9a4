package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.textOf;
import static org.smilefactory.ui.fx.FxTestSupport.type;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.content.Comment;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.content.Post;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.search.SearchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The Feed and the Blog end to end on a real database: write a post, see it in the feed, comment,
 * reply and like it; write a blog article, save the draft with Ctrl+S, publish it and read it rendered;
 * find it again through the top bar's search box.
 */
@ExtendWith(ApplicationExtension.class)
class FeedFlowTest {

    static {
        System.setProperty("smilefactory.media", Path.of("target", "test-media").toAbsolutePath().toString());
    }

    private final Localization l10n = Localization.english();
    private final String jdbcUrl = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
    private RunningApp app;

    @Start
    void start(Stage stage) {
        app = RunningApp.start(stage, l10n);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void writeAPostCommentReplyLikeThenPublishAndReadAnArticle(FxRobot robot) {
        HubFlowTest.connectDirect(robot, jdbcUrl);
        HubFlowTest.fillSetup(robot, "rudo@hub.example");
        robot.clickOn("#submitButton");
        waitUntil(() -> showing(robot, "#navList"));

        // Ctrl+2 is the Feed; a new hub's feed says what to do.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#composerBody"));
        waitUntil(() -> robot.lookup(l10n.get("feed.empty.title")).tryQuery().isPresent());

        // A bad tag is explained next to the field and nothing is posted.
        paste(robot, "#composerBody", "Hello hub, this is my first post.");
        type(robot, "#composerTags", "c#");
        robot.clickOn("#postButton");
        waitUntil(() -> robot.lookup(".field-error").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("c#")));
        type(robot, "#composerTags", "first-post, harare");
        robot.clickOn("#postButton");

        @SuppressWarnings("unchecked")
        ListView<Post> list = robot.lookup("#feedList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().stream().anyMatch(p -> "Hello hub, this is my first post.".equals(p.body())));
        assertThat(list.getItems().get(0).tags()).containsExactly("first-post", "harare");

        // Open it, comment, reply to the comment, like the post.
        robot.interact(() -> list.getSelectionModel().select(0));
        waitUntil(() -> showing(robot, "#commentField"));
        paste(robot, "#commentField", "A first comment");
        robot.clickOn("#commentButton");
        waitUntil(() -> showing(robot, "#commentText-0"));
        assertThat(textOf(robot, "#commentText-0")).isEqualTo("A first comment");
        FxTestSupport.reveal(robot, "#replyButton-0");
        robot.clickOn("#replyButton-0");
        waitUntil(() -> showing(robot, "#replyingLabel"));
        paste(robot, "#commentField", "A reply to it");
        robot.clickOn("#commentButton");
        waitUntil(() -> showing(robot, "#commentText-1"));
        assertThat(textOf(robot, "#commentText-1")).isEqualTo("A reply to it");

        FxTestSupport.reveal(robot, "#detailLikeButton");
        robot.clickOn("#detailLikeButton");
        waitUntil(() -> robot.lookup("#detailLikeButton").queryAs(Button.class).getText()
                .equals(l10n.format("feed.unlike", 1)));

        try (Backend check = Backends.direct(jdbcUrl, "postgres", "")) {
            Session session = check.signIn("rudo@hub.example", HubFlowTest.PASSWORD);
            Post stored = session.content().feed(FeedQuery.latest()).posts().get(0);
            assertThat(stored.likeCount()).isEqualTo(1);
            assertThat(stored.commentCount()).isEqualTo(2);
            List<Comment> thread = session.content().comments(stored.id());
            assertThat(thread).extracting(Comment::depth).containsExactly(0, 1);
            assertThat(thread.get(1).parentId()).isEqualTo(thread.get(0).id());
        }
        FxTestSupport.reveal(robot, "#backToFeed");
        robot.clickOn("#backToFeed");
        waitUntil(() -> showing(robot, "#feedList"));

        // Ctrl+4 is the Blog: write, save the draft with Ctrl+S, publish, read it rendered.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#newArticleButton"));
        robot.clickOn("#newArticleButton");
        waitUntil(() -> showing(robot, "#blogTitle"));
        type(robot, "#blogTitle", "Harvest notes");
        paste(robot, "#blogBody", "# The season\n\nSome **bold** and *quiet* words.\n\n- maize\n- beans\n\n> Plant early.");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> l10n.get("blog.status.saved").equals(textOf(robot, "#blogStatus")));
        @SuppressWarnings("unchecked")
        ListView<Post> drafts = robot.lookup("#draftList").queryAs(ListView.class);
        waitUntil(() -> drafts.getItems().stream().anyMatch(p -> "Harvest notes".equals(p.title())));

        robot.clickOn("#publishButton");
        waitUntil(() -> showing(robot, "#articleTitle") && "Harvest notes".equals(textOf(robot, "#articleTitle")));
        Parent body = robot.lookup("#articleBody").queryAs(Parent.class);
        List<Text> texts = texts(body);
        assertThat(texts).extracting(Text::getText).contains("The season", "bold", "quiet", "maize", "beans", "Plant early.");
        assertThat(texts).noneMatch(t -> t.getText().contains("**") || t.getText().startsWith("#") || t.getText().startsWith(">"));
        assertThat(texts).filteredOn(t -> t.getText().equals("bold"))
                .allMatch(t -> t.getFont().getStyle().toLowerCase().contains("bold"));

        @SuppressWarnings("unchecked")
        ListView<Post> articles = robot.lookup("#articleList").queryAs(ListView.class);
        waitUntil(() -> articles.getItems().stream().anyMatch(p -> p.type() == PostType.BLOG && "Harvest notes".equals(p.title())));
        waitUntil(() -> drafts.getItems().isEmpty());

        // The top bar's search box finds the article and Enter opens it in the Feed.
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#globalSearchField").queryAs(TextField.class).isFocused());
        robot.write("harvest notes");
        waitUntil(() -> showing(robot, "#searchResults") && robot.lookup("#searchResults").queryAs(ListView.class)
                .getItems().stream().anyMatch(r -> r instanceof SearchViewModel.Row row && !row.isHeading()
                        && row.hit().kind() == SearchKind.POST && "Harvest notes".equals(row.hit().title())));
        @SuppressWarnings("unchecked")
        ListView<SearchViewModel.Row> results = robot.lookup("#searchResults").queryAs(ListView.class);
        SearchViewModel.Row highlighted = results.getSelectionModel().getSelectedItem();
        assertThat(highlighted.hit().kind()).isEqualTo(SearchKind.POST);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#detailTitle") && "Harvest notes".equals(textOf(robot, "#detailTitle")));
    }

    private static List<Text> texts(Parent parent) {
        List<Text> out = new java.util.ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                out.add(text);
            } else if (child instanceof Parent p) {
                out.addAll(texts(p));
            }
        }
        return out;
    }
}
