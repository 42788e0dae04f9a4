package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.messaging.MessageView;
import org.smilefactory.core.api.messaging.SendMessage;
import org.smilefactory.core.api.notifications.NotificationView;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.social.ConnectionStatus;
import org.smilefactory.core.api.social.RequestConnection;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Social end to end on a real database: the bell shows Tendai's connection request, opening it shows
 * his profile, Accept connects, Message opens the conversation, Enter sends, and his reply appears in
 * the open conversation by polling, without reopening anything.
 */
@ExtendWith(ApplicationExtension.class)
class MessagingFlowTest {

    private static final String PASSWORD = "a long enough secret";

    private final Localization l10n = Localization.english();
    private final String jdbcUrl = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
    private final Backend backend = Backends.direct(jdbcUrl, "postgres", "");
    private Session tendai;
    private RunningApp app;

    @Start
    void start(Stage stage) {
        Session admin = backend.completeSetup(new FirstRunSetup("Harare Innovation Hub", "Africa/Harare", "Ada", "Admin",
                "ada@hub.example", PASSWORD));
        admin.accounts().createMember(new CreateMember("rudo@hub.example", PASSWORD, "Rudo", "Chikwanha", Role.USER));
        admin.accounts().createMember(new CreateMember("tendai@hub.example", PASSWORD, "Tendai", "Moyo", Role.USER));
        tendai = backend.signIn("tendai@hub.example", PASSWORD);
        ProfileView mine = tendai.profiles().mine();
        ProfileView saved = tendai.profiles().save(new SaveProfile(mine.memberId(), mine.version(), "Tendai", "Moyo",
                null, null, null, null, "Builds solar carts.", "Harare", ProfileType.INNOVATOR, ProfileVisibility.PUBLIC, null));
        tendai.profiles().publish(saved.memberId(), saved.version());
        Session rudo = backend.signIn("rudo@hub.example", PASSWORD);
        tendai.connections().request(new RequestConnection(rudo.member().id(), "We met at the demo day"));
        app = RunningApp.start(stage, l10n);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @AfterEach
    void closeBackend() {
        backend.close();
    }

    @Test
    void theBellShowsARequestAndAConversationReceivesMessagesWhileOpen(FxRobot robot) {
        signInAsRudo(robot);

        // the bell counts the unread connection request
        waitUntil(() -> showing(robot, "#notificationBadge") && "1".equals(FxTestSupport.textOf(robot, "#notificationBadge")));
        robot.clickOn("#notificationBell");
        waitUntil(() -> showing(robot, "#notificationList")
                && robot.lookup("#notificationList").queryAs(ListView.class).getItems().size() == 1);
        @SuppressWarnings("unchecked")
        ListView<NotificationView> list = robot.lookup("#notificationList").queryAs(ListView.class);
        assertThat(list.getItems().get(0).title()).isEqualTo("Tendai Moyo wants to connect with you");

        // opening it shows Tendai's profile with the request's answers
        robot.clickOn("Tendai Moyo wants to connect with you");
        waitUntil(() -> showing(robot, "#acceptRequestButton"));
        waitUntil(() -> !showing(robot, "#notificationBadge"));
        robot.clickOn("#acceptRequestButton");
        waitUntil(() -> l10n.get("connections.status.connected").equals(FxTestSupport.textOf(robot, "#connectionStatusLabel")));
        assertThat(tendai.connections().status(backend.signIn("rudo@hub.example", PASSWORD).member().id()).status())
                .isEqualTo(ConnectionStatus.CONNECTED);

        // Message opens the conversation; Enter sends
        robot.clickOn("#messageMemberButton");
        waitUntil(() -> showing(robot, "#composer") && "Tendai Moyo".equals(FxTestSupport.textOf(robot, "#conversationTitle")));
        robot.clickOn("#composer");
        robot.write("Hello Tendai");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> bodies(robot).contains("Hello Tendai"));
        assertThat(robot.lookup("#composer").queryAs(javafx.scene.control.TextArea.class).getText()).isEmpty();
        UUID conversation = tendai.messaging().conversations(null, 10).conversations().get(0).id();
        List<MessageView> stored = tendai.messaging().messages(conversation, null, 10).messages();
        assertThat(stored).extracting(MessageView::body).containsExactly("Hello Tendai");

        // his reply arrives while the conversation is open, and he sees it was read
        tendai.messaging().send(new SendMessage(conversation, "Hi Rudo, good to hear from you"));
        waitUntil(Duration.ofSeconds(20), () -> bodies(robot).contains("Hi Rudo, good to hear from you"));
        assertThat(bodies(robot)).containsExactly("Hello Tendai", "Hi Rudo, good to hear from you");
        waitUntil(Duration.ofSeconds(20), () -> tendai.messaging().messages(conversation, null, 10).messages().get(0).readAt() != null);

        // an empty message is refused next to the composer
        robot.clickOn("#composer");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#composerError"));
        assertThat(FxTestSupport.textOf(robot, "#composerError")).isEqualTo(l10n.get("messages.composer.empty"));
    }

    @Test
    void aGroupConversationIsStartedWithConnectionsFromTheKeyboard(FxRobot robot) {
        Session rudo = backend.signIn("rudo@hub.example", PASSWORD);
        rudo.connections().accept(tendai.member().id());
        signInAsRudo(robot);
        @SuppressWarnings("unchecked")
        ListView<Area> nav = robot.lookup("#navList").queryAs(ListView.class);
        robot.interact(() -> nav.getSelectionModel().select(Area.MESSAGES));
        waitUntil(() -> showing(robot, "#newGroupButton"));

        // Ctrl+N opens the form; Create without a name or member marks both fields and keeps the form
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#groupTitleField"));
        waitUntil(() -> robot.lookup("#groupMemberList").queryAs(ListView.class).getItems().size() == 1);
        robot.clickOn("#createGroupButton");
        waitUntil(() -> showing(robot, "#groupTitleError") && showing(robot, "#groupMembersError"));
        assertThat(rudo.messaging().conversations(null, 10).conversations()).isEmpty();

        // name it, tick Tendai, Create: the form closes and the new group is open
        FxTestSupport.type(robot, "#groupTitleField", "Demo day volunteers");
        waitUntil(() -> !showing(robot, "#groupTitleError"));
        robot.clickOn(robot.lookup("#groupMemberList .check-box").queryAs(javafx.scene.control.CheckBox.class));
        waitUntil(() -> "1 connection chosen".equals(FxTestSupport.textOf(robot, "#groupChosenLabel")));
        Shots.take(robot, app.theme(), robot.lookup("#groupTitleField").query().getScene().getWindow(), "messages-new-group");
        robot.clickOn("#createGroupButton");
        waitUntil(() -> !showing(robot, "#groupTitleField"));
        waitUntil(() -> "Demo day volunteers".equals(FxTestSupport.textOf(robot, "#conversationTitle")));
        robot.clickOn("#composer");
        robot.write("Welcome, volunteers");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> bodies(robot).contains("Welcome, volunteers"));
        Shots.take(robot, app.theme(), robot.lookup("#navList").query().getScene().getWindow(), "messages-group-open");

        // as its creator, Rudo adds Ada, whom he connected with meanwhile; Tendai is not offered again
        Session ada = backend.signIn("ada@hub.example", PASSWORD);
        ada.connections().request(new RequestConnection(rudo.member().id(), null));
        rudo.connections().accept(ada.member().id());
        robot.clickOn("#addPeopleButton");
        waitUntil(() -> showing(robot, "#groupFilterField")
                && robot.lookup("#groupMemberList").queryAs(ListView.class).getItems().size() == 1);
        assertThat(robot.lookup("#groupMemberList .check-box").queryAs(javafx.scene.control.CheckBox.class).getText())
                .isEqualTo("Ada Admin");
        robot.clickOn(robot.lookup("#groupMemberList .check-box").queryAs(javafx.scene.control.CheckBox.class));
        Shots.take(robot, app.theme(), robot.lookup("#groupFilterField").query().getScene().getWindow(), "messages-add-people");
        robot.clickOn("#createGroupButton");
        waitUntil(() -> !showing(robot, "#groupFilterField"));
        waitUntil(() -> FxTestSupport.textOf(robot, "#conversationPeople").contains("Ada Admin"));
        assertThat(ada.messaging().conversations(null, 10).conversations()).extracting(c -> c.title())
                .containsExactly("Demo day volunteers");

        // Tendai sees the group and the message
        var groups = tendai.messaging().conversations(null, 10).conversations();
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).title()).isEqualTo("Demo day volunteers");
        assertThat(tendai.messaging().messages(groups.get(0).id(), null, 10).messages())
                .extracting(MessageView::body).containsExactly("Welcome, volunteers");
    }

    /** Through the connection screen (this database directly) and the sign-in screen. */
    private void signInAsRudo(FxRobot robot) {
        robot.clickOn("#directChoice");
        paste(robot, "#jdbcUrlField", jdbcUrl);
        FxTestSupport.type(robot, "#userField", "postgres");
        robot.clickOn("#openButton");
        waitUntil(() -> showing(robot, "#signInButton"));
        paste(robot, "#emailField", "rudo@hub.example");
        paste(robot, "#passwordField", PASSWORD);
        robot.clickOn("#signInButton");
        waitUntil(() -> showing(robot, "#navList"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> bodies(FxRobot robot) {
        ListView<MessageView> messages = robot.lookup("#messageList").queryAs(ListView.class);
        return messages.getItems().stream().map(MessageView::body).toList();
    }
}
