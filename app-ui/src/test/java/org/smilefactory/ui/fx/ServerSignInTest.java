package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.type;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.MentorDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.server.TestServer;
import org.smilefactory.ui.l10n.Localization;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Server mode end to end: a real app-server on a random port, the desktop's connection screen pointed
 * at it, sign-in, and the Profiles tab reading the directory over HTTP.
 */
@ExtendWith(ApplicationExtension.class)
class ServerSignInTest {

    private static final String PASSWORD = "a long enough secret";
    private static TestServer server;

    private final Localization l10n = Localization.english();
    private RunningApp app;

    @BeforeAll
    static void startServerWithAMember() {
        server = TestServer.start();
        try (Backend remote = Backends.remote(server.uri())) {
            Session admin = remote.completeSetup(new FirstRunSetup("Bulawayo Hub", "Africa/Harare", "Nyasha", "Admin",
                    "nyasha@hub.example", PASSWORD).withSetupCode(server.setupCode()));
            admin.accounts().createMember(new CreateMember("farai@hub.example", PASSWORD, "Farai", "Mentor", Role.USER));
            Session farai = remote.signIn("farai@hub.example", PASSWORD);
            ProfileView mine = farai.profiles().mine();
            MentorDetails details = new MentorDetails(List.of("Fundraising"), 9, null, null, List.of(), null, null);
            ProfileView saved = farai.profiles().save(new SaveProfile(mine.memberId(), mine.version(), "Farai", "Mentor",
                    null, null, null, null, "Mentors founders in Bulawayo.", "Bulawayo", ProfileType.MENTOR,
                    ProfileVisibility.PUBLIC, details));
            farai.profiles().publish(saved.memberId(), saved.version());
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Start
    void start(Stage stage) {
        app = RunningApp.start(stage, l10n);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void signsInToTheServerAndBrowsesTheDirectory(FxRobot robot) {
        robot.clickOn("#serverChoice");
        paste(robot, "#serverUrlField", server.uri().toString());
        robot.clickOn("#openButton");
        waitUntil(() -> showing(robot, "#signInButton"));

        paste(robot, "#emailField", "nyasha@hub.example");
        paste(robot, "#passwordField", PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#navList"));
        waitUntil(() -> FxTestSupport.textOf(robot, "#reachabilityLabel").equals("Server reachable"));
        assertThat(FxTestSupport.textOf(robot, "#statusLabel")).contains(server.uri().toString());
        assertThat(robot.lookup("#syncStateButton").tryQuery()).as("no offline copy, no offline controls").isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#searchField"));
        type(robot, "#searchField", "Farai");
        @SuppressWarnings("unchecked")
        ListView<DirectoryEntry> list = robot.lookup("#list").queryAs(ListView.class);
        waitUntil(() -> list.getItems().stream().anyMatch(e -> e.displayName().equals("Farai Mentor")));
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(e -> e.displayName().equals("Farai Mentor")).findFirst().orElseThrow()));
        waitUntil(() -> "Farai Mentor".equals(robot.lookup("#nameLabel").queryAs(Label.class).getText()));
        assertThat(list.getItems()).filteredOn(e -> e.displayName().equals("Farai Mentor"))
                .singleElement().satisfies(e -> assertThat(e.location()).isEqualTo("Bulawayo"));
    }
}
