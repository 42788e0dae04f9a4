package org.smilefactory.ui.fx;

import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.type;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.InnovationStage;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.AppFlow;
import org.smilefactory.ui.connect.BackendOpener;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.theme.ThemeManager;
import org.smilefactory.ui.theme.ThemeStore;
import org.smilefactory.ui.util.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: walks the main screens against a real backend (with the demo community
 * loaded) and writes a PNG of each in the light and the dark theme, to look at. Its name keeps it out of
 * Surefire's default test pattern, and it needs the property as well, so it runs only when asked:
 * {@code mvn -pl app-ui test -Dtest=ScreenshotTour -Dshots.dir=/tmp/shots}.
 */
@EnabledIfSystemProperty(named = "shots.dir", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

    private final Localization l10n = Localization.english();
    private final String jdbcUrl = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
    private ThemeManager theme;
    private FxTaskExecutor executor;
    private AppFlow flow;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        theme = new ThemeManager(ThemeStore.inMemory(false));
        theme.apply();
        executor = new FxTaskExecutor();
        flow = new AppFlow(stage, l10n, theme, executor, new TestDatabaseOpener(), Path.of("/home/ada/.local/share/smilefactory"));
        flow.start();
    }

    @Stop
    void stop() {
        flow.shutdown();
        executor.close();
    }

    private void shoot(FxRobot robot, String name) {
        Shots.take(robot, theme, stage, name);
    }

    @Test
    void tour(FxRobot robot) {
        shoot(robot, "01-connection");
        robot.clickOn("#directChoice");
        paste(robot, "#jdbcUrlField", "jdbc:postgresql://hub-db:5432/smilefactory");
        type(robot, "#userField", "hubstaff");
        shoot(robot, "02-connection-direct");
        paste(robot, "#jdbcUrlField", jdbcUrl);
        type(robot, "#userField", "postgres");
        robot.clickOn("#openButton");
        waitUntil(() -> showing(robot, "#hubNameField"));

        paste(robot, "#hubNameField", "Harare Innovation Hub");
        paste(robot, "#firstNameField", "Rudo");
        paste(robot, "#lastNameField", "Chikwanha");
        paste(robot, "#emailField", "rudo-at-hub");
        paste(robot, "#passwordField", HubFlowTest.PASSWORD);
        paste(robot, "#confirmField", HubFlowTest.PASSWORD + "!");
        robot.clickOn("#submitButton");
        waitUntil(() -> showing(robot, "#confirmError"));
        shoot(robot, "03-setup-mismatch");
        paste(robot, "#confirmField", HubFlowTest.PASSWORD);
        robot.clickOn("#submitButton");
        waitUntil(() -> showing(robot, "#emailError"));
        shoot(robot, "04-setup-invalid-email");
        paste(robot, "#emailField", "rudo@hub.example");
        robot.clickOn("#submitButton");
        waitUntil(() -> showing(robot, "#navList"));
        waitUntil(() -> showing(robot, "#demoStartButton"));
        shoot(robot, "05-dashboard-new");

        robot.clickOn("#demoStartButton");
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        shoot(robot, "06-dashboard-demo-progress");
        waitUntil(Duration.ofMinutes(3), () -> !showing(robot, "#demoCancelButton"));
        shoot(robot, "07-dashboard-demo-done");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ListView<DirectoryEntry> list = robot.lookup("#list").queryAs(ListView.class);
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(2));
        waitUntil(() -> showing(robot, "#nameLabel"));
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        shoot(robot, "08-directory");

        type(robot, "#searchField", "zzzz");
        waitUntil(() -> list.getItems().isEmpty() && !robot.lookup("#list").query().isVisible());
        shoot(robot, "09-directory-no-match");
        robot.clickOn("#clearButton");
        waitUntil(() -> !list.getItems().isEmpty());

        robot.clickOn("#editMineButton");
        waitUntil(() -> showing(robot, "#typeBox") && !robot.lookup("#firstNameField").query().isDisabled());
        shoot(robot, "10-editor-new");
        @SuppressWarnings("unchecked")
        ComboBox<ProfileType> typeBox = robot.lookup("#typeBox").queryAs(ComboBox.class);
        robot.interact(() -> typeBox.getSelectionModel().select(ProfileType.INNOVATOR));
        waitUntil(() -> showing(robot, "#details-startupName"));
        paste(robot, "#locationField", "Harare, Zimbabwe");
        paste(robot, "#bioArea", "Engineer building solar-powered cold storage carts for market vendors.");
        paste(robot, "#details-industryFocus", "Agritech");
        @SuppressWarnings("unchecked")
        ComboBox<Enum<?>> stageBox = robot.lookup("#details-innovationStage").queryAs(ComboBox.class);
        robot.interact(() -> stageBox.getSelectionModel().select(InnovationStage.PROTOTYPE));
        paste(robot, "#details-startupName", "SolarCart");
        paste(robot, "#details-fundingAmountNeeded", "fifty thousand");
        FxTestSupport.reveal(robot, "#saveButton");
        robot.clickOn("#saveButton");
        waitUntil(() -> showing(robot, "#editorErrorBanner"));
        FxTestSupport.reveal(robot, "#details-fundingAmountNeeded");
        shoot(robot, "11-editor-innovator-error");

        paste(robot, "#details-fundingAmountNeeded", "50,000");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !FxTestSupport.textOf(robot, "#editorStateLabel").contains(l10n.get("editor.state.unsaved")));
        robot.interact(() -> robot.lookup("#formScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        shoot(robot, "12-editor-saved");

        @SuppressWarnings("unchecked")
        ComboBox<ProfileType> again = typeBox;
        robot.interact(() -> again.getSelectionModel().select(ProfileType.BUSINESS_INVESTOR));
        waitUntil(() -> showing(robot, "#details-ticketSizeMin"));
        FxTestSupport.reveal(robot, "#details-investmentFocus");
        shoot(robot, "13-editor-investor");
        robot.interact(() -> again.getSelectionModel().select(ProfileType.INNOVATOR));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#incompleteTitle") || showing(robot, "#summaryLabel"));
        shoot(robot, "14-dashboard-after");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        shoot(robot, "15-coming-soon");
        robot.clickOn("Admin");
        waitUntil(() -> showing(robot, "#adminDemoSlot"));
        shoot(robot, "16-admin");

        robot.clickOn("#signOutButton");
        // The editor still holds the investor experiment: signing out asks before dropping it.
        waitUntil(() -> robot.lookup(l10n.get("editor.discard.ok")).tryQuery().isPresent());
        robot.clickOn(l10n.get("editor.discard.ok"));
        waitUntil(() -> showing(robot, "#signInButton"));
        paste(robot, "#emailField", "rudo@hub.example");
        paste(robot, "#passwordField", "not the password");
        robot.clickOn("#signInButton");
        waitUntil(() -> showing(robot, "#errorBanner"));
        shoot(robot, "17-signin-wrong-password");
    }
}
