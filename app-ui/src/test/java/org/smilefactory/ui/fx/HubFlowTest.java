package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.type;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.InnovationStage;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The whole first-run path against a real backend (a fresh PostgreSQL database, reached the way hub
 * staff would: the connection screen's direct option): set up the hub, land signed in, create an
 * Innovator profile in the editor, find it in the directory.
 */
@ExtendWith(ApplicationExtension.class)
class HubFlowTest {

    static final String PASSWORD = "a long enough secret";

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

    /** Connection screen → direct → this test's database → the setup wizard. */
    static void connectDirect(FxRobot robot, String jdbcUrl) {
        robot.clickOn("#directChoice");
        paste(robot, "#jdbcUrlField", jdbcUrl);
        type(robot, "#userField", "postgres");
        robot.clickOn("#openButton");
        waitUntil(() -> showing(robot, "#hubNameField"));
    }

    static void fillSetup(FxRobot robot, String email) {
        paste(robot, "#hubNameField", "Harare Innovation Hub");
        type(robot, "#firstNameField", "Rudo");
        type(robot, "#lastNameField", "Chikwanha");
        paste(robot, "#emailField", email);
        paste(robot, "#passwordField", PASSWORD);
        paste(robot, "#confirmField", PASSWORD);
    }

    static ProfileView storedProfile(String jdbcUrl, String email) {
        try (Backend check = Backends.direct(jdbcUrl, "postgres", "")) {
            Session session = check.signIn(email, PASSWORD);
            return session.profiles().mine();
        }
    }

    @Test
    void firstRunSetupThenCreateAnInnovatorAndFindItInTheDirectory(FxRobot robot) {
        connectDirect(robot, jdbcUrl);
        fillSetup(robot, "rudo@hub.example");
        robot.clickOn("#submitButton");

        // Signed in: the main window with the hub's name.
        waitUntil(() -> showing(robot, "#navList"));
        waitUntil(() -> "Harare Innovation Hub".equals(FxTestSupport.textOf(robot, "#hubNameLabel")));
        assertThat(FxTestSupport.textOf(robot, "#memberLabel")).isEqualTo("Rudo Chikwanha");

        // Ctrl+3 is Profiles (Dashboard, Feed, Profiles).
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#editMineButton"));
        robot.clickOn("#editMineButton");
        waitUntil(() -> showing(robot, "#typeBox") && !robot.lookup("#firstNameField").query().isDisabled());

        @SuppressWarnings("unchecked")
        ComboBox<ProfileType> typeBox = robot.lookup("#typeBox").queryAs(ComboBox.class);
        robot.interact(() -> typeBox.getSelectionModel().select(ProfileType.INNOVATOR));
        waitUntil(() -> showing(robot, "#details-startupName"));

        type(robot, "#firstNameField", "Tariro");
        type(robot, "#lastNameField", "Ndlovu");
        type(robot, "#details-industryFocus", "Agritech");
        @SuppressWarnings("unchecked")
        ComboBox<Enum<?>> stageBox = robot.lookup("#details-innovationStage").queryAs(ComboBox.class);
        robot.interact(() -> stageBox.getSelectionModel().select(InnovationStage.PROTOTYPE));
        type(robot, "#details-startupName", "SolarCart");
        assertThat(FxTestSupport.textOf(robot, "#editorStateLabel")).contains(l10n.get("editor.state.unsaved"));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !FxTestSupport.textOf(robot, "#editorStateLabel").contains(l10n.get("editor.state.unsaved")));
        assertThat(robot.lookup("#editorErrorBanner").query().isVisible()).isFalse();

        ProfileView stored = storedProfile(jdbcUrl, "rudo@hub.example");
        assertThat(stored.profileType()).isEqualTo(ProfileType.INNOVATOR);
        assertThat(stored.displayName()).isEqualTo("Tariro Ndlovu");
        assertThat(stored.details()).isInstanceOfSatisfying(InnovatorDetails.class, d -> {
            assertThat(d.industryFocus()).isEqualTo("Agritech");
            assertThat(d.innovationStage()).isEqualTo(InnovationStage.PROTOTYPE);
            assertThat(d.startupName()).isEqualTo("SolarCart");
        });

        robot.clickOn("#backButton");
        waitUntil(() -> showing(robot, "#searchField"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#searchField").query().isFocused()).isTrue();
        type(robot, "#searchField", "Tariro");

        @SuppressWarnings("unchecked")
        ListView<DirectoryEntry> list = robot.lookup("#list").queryAs(ListView.class);
        waitUntil(() -> list.getItems().stream().anyMatch(e -> e.displayName().equals("Tariro Ndlovu")));
        assertThat(list.getItems()).singleElement().satisfies(e -> {
            assertThat(e.profileType()).isEqualTo(ProfileType.INNOVATOR);
            assertThat(e.headline()).contains("SolarCart");
        });

        // Selecting the entry opens the profile beside the list.
        robot.interact(() -> list.getSelectionModel().select(0));
        waitUntil(() -> "Tariro Ndlovu".equals(robot.lookup("#nameLabel").queryAs(Label.class).getText()));

        // Sign out, a wrong password is explained, Enter with the right one signs in again.
        robot.clickOn("#signOutButton");
        waitUntil(() -> showing(robot, "#signInButton"));
        paste(robot, "#emailField", "rudo@hub.example");
        paste(robot, "#passwordField", "not the password");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#errorBanner"));
        assertThat(robot.lookup("#errorBanner").queryAs(atlantafx.base.controls.Message.class).getDescription())
                .isNotBlank();
        type(robot, "#passwordField", PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#navList"));
        assertThat(robot.listWindows()).anySatisfy(w -> assertThat(((Stage) w).getTitle())
                .isEqualTo("SmileFactory Hub — Dashboard · Harare Innovation Hub"));
    }
}
