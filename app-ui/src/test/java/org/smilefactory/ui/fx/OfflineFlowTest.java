package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.type;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.ui.l10n.Localization;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Offline work end to end: a real app-server that is stopped and started again, the desktop with "Keep an
 * offline copy" signed in to it, and what a person sees: Online; Offline with the reason when the server
 * goes; a profile edited offline waiting to be sent; Online again with nothing pending; a conflict with an
 * edit made on the server meanwhile, shown side by side and resolved both ways.
 */
@ExtendWith(ApplicationExtension.class)
class OfflineFlowTest {

    private static final String PASSWORD = "a long enough secret";
    private static final String EMAIL = "nyasha@hub.example";
    private static RestartableServer server;
    private static Path dataFolder;

    private final Localization l10n = Localization.english();
    private RunningApp app;

    @BeforeAll
    static void startServer() throws IOException {
        server = RestartableServer.started();
        try (Backend remote = Backends.remote(server.uri())) {
            remote.completeSetup(new FirstRunSetup("Gweru Hub", "Africa/Harare", "Nyasha", "Admin", EMAIL, PASSWORD).withSetupCode(server.setupCode()))
                    .signOut();
        }
        dataFolder = Files.createTempDirectory("offline-flow");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        if (dataFolder != null) {
            FxTestSupport.deleteTree(dataFolder);
        }
    }

    @Start
    void start(Stage stage) {
        app = RunningApp.start(stage, l10n, dataFolder);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void worksOfflineWhenTheServerGoesAndSynchronisesWhenItIsBack(FxRobot robot) {
        FxTestSupport.openServerWithOfflineCopy(robot, server.uri());
        paste(robot, "#emailField", EMAIL);
        paste(robot, "#passwordField", PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#navList"));

        // Online, and once the offline copy is taken, when it last synced.
        waitUntil(() -> "Online".equals(stateText(robot)) && detail(robot).startsWith("Last synced"));
        assertThat(showing(robot, "#reachabilityLabel")).as("the sync state replaces the plain reachability").isFalse();
        assertThat(showing(robot, "#syncBanner")).isFalse();

        // The server goes away; Sync now finds out: Offline, since when, and the banner says why.
        server.stop();
        shortcut(robot, KeyCode.S);
        waitUntil(() -> "Offline".equals(stateText(robot)));
        assertThat(detail(robot)).startsWith("Server unreachable since ");
        waitUntil(() -> showing(robot, "#syncBanner"));
        assertThat(FxTestSupport.textOf(robot, "#syncBannerText")).contains(server.uri().toString())
                .contains("stopped answering");
        Shots.take(robot, app.theme(), robot.lookup("#navList").query().getScene().getWindow(), "offline-real-dropped");

        // Areas that need the server rest; Profiles keeps working on the copy.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#serverOnlyState"));
        editMyLocation(robot, "Gweru");
        waitUntil(() -> showing(robot, "#syncPendingLabel"));
        assertThat(FxTestSupport.textOf(robot, "#syncPendingLabel")).isEqualTo("1 change waiting to be sent");

        // Signing in while the server is away opens the offline copy, and says so.
        robot.clickOn("#signOutButton");
        waitUntil(() -> showing(robot, "#signInButton"));
        paste(robot, "#emailField", EMAIL);
        paste(robot, "#passwordField", PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#navList") && showing(robot, "#syncBanner"));
        assertThat(stateText(robot)).isEqualTo("Offline");
        assertThat(FxTestSupport.textOf(robot, "#syncBannerText")).contains("signed in to the offline copy");
        waitUntil(() -> showing(robot, "#syncPendingLabel"));
        assertThat(FxTestSupport.textOf(robot, "#syncPendingLabel")).isEqualTo("1 change waiting to be sent");

        // Back: Sync now sends it; Online, nothing pending, the server has it.
        server.start();
        shortcut(robot, KeyCode.S);
        waitUntil(Duration.ofSeconds(90), () -> "Online".equals(stateText(robot)) && !showing(robot, "#syncPendingLabel"));
        assertThat(showing(robot, "#syncBanner")).isFalse();
        assertThat(serverProfile().location()).isEqualTo("Gweru");

        // A conflict: offline by choice, an edit here, another on the server meanwhile; take theirs.
        shortcut(robot, KeyCode.O);
        waitUntil(() -> "Offline".equals(stateText(robot)));
        assertThat(detail(robot)).startsWith("Working offline by choice since ");
        editMyLocation(robot, "Mutare");
        saveOnServer("Masvingo");
        shortcut(robot, KeyCode.O);
        waitUntil(Duration.ofSeconds(90), () -> "Online".equals(stateText(robot)) && showing(robot, "#syncAttentionButton"));
        assertThat(robot.lookup("#syncAttentionButton").queryAs(Button.class).getText()).isEqualTo("1 change needs attention");

        Shots.take(robot, app.theme(), robot.lookup("#navList").query().getScene().getWindow(), "offline-real-attention");
        robot.clickOn("#syncAttentionButton");
        waitUntil(() -> showing(robot, "#heldChangesList") && cellTexts(robot).contains("Mutare"));
        assertThat(cellTexts(robot)).contains("Masvingo");
        Shots.take(robot, app.theme(), robot.lookup("#heldChangesList").query().getScene().getWindow(), "offline-real-held");
        robot.clickOn("#takeTheirsButton");
        confirm(robot, "Take theirs");
        waitUntil(() -> showing(robot, "#heldChangesEmpty"));
        waitUntil(() -> !showing(robot, "#syncAttentionButton"));
        assertThat(serverProfile().location()).isEqualTo("Masvingo");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        // And keep mine: the offline version goes over the server's.
        shortcut(robot, KeyCode.O);
        waitUntil(() -> "Offline".equals(stateText(robot)));
        editMyLocation(robot, "Kadoma");
        saveOnServer("Chinhoyi");
        shortcut(robot, KeyCode.O);
        waitUntil(Duration.ofSeconds(90), () -> "Online".equals(stateText(robot)) && showing(robot, "#syncAttentionButton"));
        shortcut(robot, KeyCode.H);
        waitUntil(() -> showing(robot, "#keepMineButton") && cellTexts(robot).contains("Kadoma"));
        robot.clickOn("#keepMineButton");
        confirm(robot, "Keep mine");
        waitUntil(() -> showing(robot, "#heldChangesEmpty"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        shortcut(robot, KeyCode.S);
        waitUntil(Duration.ofSeconds(90), () -> !showing(robot, "#syncAttentionButton") && !showing(robot, "#syncPendingLabel")
                && "Kadoma".equals(serverProfile().location()));

        robot.clickOn("#signOutButton");
        waitUntil(() -> showing(robot, "#signInButton"));
    }

    private static String stateText(FxRobot robot) {
        return robot.lookup("#syncStateButton").queryAs(Labeled.class).getText();
    }

    private static String detail(FxRobot robot) {
        return FxTestSupport.textOf(robot, "#syncDetailLabel");
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    /** Profiles → Edit my profile → Location → Ctrl+S, and back to the directory. */
    private static void editMyLocation(FxRobot robot, String location) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#editMineButton"));
        robot.clickOn("#editMineButton");
        waitUntil(() -> showing(robot, "#locationField") && !robot.lookup("#locationField").query().isDisabled());
        type(robot, "#locationField", location);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !FxTestSupport.textOf(robot, "#editorStateLabel").contains("unsaved"));
        assertThat(robot.lookup("#editorErrorBanner").query().isVisible()).isFalse();
        robot.clickOn("#backButton");
        waitUntil(() -> showing(robot, "#editMineButton"));
    }

    /** Another client edits the same profile on the server. */
    private static void saveOnServer(String location) {
        try (Backend remote = Backends.remote(server.uri())) {
            Session other = remote.signIn(EMAIL, PASSWORD);
            ProfileView p = other.profiles().mine();
            other.profiles().save(new SaveProfile(p.memberId(), p.version(), p.firstName(), p.lastName(),
                    p.profileName(), p.gender(), p.phoneCountryCode(), p.phoneNumber(), p.bio(), location,
                    p.profileType(), p.visibility(), p.details()));
            other.signOut();
        }
    }

    private static ProfileView serverProfile() {
        try (Backend remote = Backends.remote(server.uri())) {
            Session other = remote.signIn(EMAIL, PASSWORD);
            try {
                return other.profiles().mine();
            } finally {
                other.signOut();
            }
        }
    }

    /** The texts of the mine | theirs table. */
    private static String cellTexts(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        for (Node n : robot.lookup(".diff-cell").queryAll()) {
            all.append(((Label) n).getText()).append('|');
        }
        return all.toString();
    }

    /** Answers the confirmation alert with its button {@code label}. */
    private static void confirm(FxRobot robot, String label) {
        waitUntil(() -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .anyMatch(b -> label.equals(b.getText())));
        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> label.equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(ok);
    }
}
