package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.server.TestServer;
import org.smilefactory.ui.l10n.Localization;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Setting a fresh server up from the desktop: the form asks for the setup code the server printed, a wrong
 * one gets a message next to the field, the printed one creates the hub (decision 0022).
 */
@ExtendWith(ApplicationExtension.class)
class ServerFirstRunSetupTest {

    private static final String PASSWORD = "a long enough secret";

    private final Localization l10n = Localization.english();
    private TestServer server;
    private RunningApp app;

    @BeforeEach
    void freshServer() {
        server = TestServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
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
    void theSetupFormAsksForTheServersCodeAndRefusesAWrongOne(FxRobot robot) {
        robot.clickOn("#serverChoice");
        paste(robot, "#serverUrlField", server.uri().toString());
        robot.clickOn("#openButton");
        waitUntil(() -> showing(robot, "#setupCodeField"));

        paste(robot, "#setupCodeField", "AAAA-BBBB-CCCC");
        paste(robot, "#hubNameField", "Mutare Hub");
        paste(robot, "#firstNameField", "Nyasha");
        paste(robot, "#lastNameField", "Admin");
        paste(robot, "#emailField", "nyasha@hub.example");
        paste(robot, "#passwordField", PASSWORD);
        paste(robot, "#confirmField", PASSWORD);
        robot.clickOn("#submitButton");
        waitUntil(() -> !FxTestSupport.textOf(robot, "#setupCodeError").isEmpty());
        assertThat(FxTestSupport.textOf(robot, "#setupCodeError")).contains("Setup code:");
        assertThat(server.localBackend().hubStatus().setupRequired()).isTrue();

        paste(robot, "#setupCodeField", server.setupCode());
        robot.clickOn("#submitButton");
        waitUntil(() -> showing(robot, "#navList"));
        assertThat(server.localBackend().hubStatus().hubName()).isEqualTo("Mutare Hub");
    }
}
