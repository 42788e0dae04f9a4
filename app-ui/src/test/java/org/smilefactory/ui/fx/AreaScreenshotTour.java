package org.smilefactory.ui.fx;

import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * Not a test of behaviour: with the demo community loaded, visits every area of the main window (Feed,
 * Blog, Events, Groups, Marketplace, Messages, Suggestions, Admin) and writes a PNG of each in the
 * light and the dark theme, to look at. Runs only when asked:
 * {@code mvn -pl app-ui test -Dtest=AreaScreenshotTour -Dshots.dir=/tmp/shots}.
 */
@EnabledIfSystemProperty(named = "shots.dir", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class AreaScreenshotTour {

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

    private void area(FxRobot robot, KeyCode digit, String name) {
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        shoot(robot, name);
    }

    @Test
    void tour(FxRobot robot) {
        robot.clickOn("#directChoice");
        paste(robot, "#jdbcUrlField", jdbcUrl);
        FxTestSupport.type(robot, "#userField", "postgres");
        robot.clickOn("#openButton");
        waitUntil(() -> showing(robot, "#hubNameField"));
        paste(robot, "#hubNameField", "Harare Innovation Hub");
        paste(robot, "#firstNameField", "Rudo");
        paste(robot, "#lastNameField", "Chikwanha");
        paste(robot, "#emailField", "rudo@hub.example");
        paste(robot, "#passwordField", HubFlowTest.PASSWORD);
        paste(robot, "#confirmField", HubFlowTest.PASSWORD);
        robot.clickOn("#submitButton");
        waitUntil(() -> showing(robot, "#demoStartButton"));
        robot.clickOn("#demoStartButton");
        waitUntil(Duration.ofMinutes(5), () -> !showing(robot, "#demoCancelButton"));
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        shoot(robot, "a1-dashboard");
        area(robot, KeyCode.DIGIT2, "a2-feed");
        area(robot, KeyCode.DIGIT4, "a4-blog");
        area(robot, KeyCode.DIGIT5, "a5-events");
        area(robot, KeyCode.DIGIT6, "a6-groups");
        area(robot, KeyCode.DIGIT7, "a7-marketplace");
        area(robot, KeyCode.DIGIT8, "a8-messages");
        area(robot, KeyCode.DIGIT9, "a9-suggestions");
        robot.clickOn("Admin");
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        shoot(robot, "a10-admin");
    }
}
