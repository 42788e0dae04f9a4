package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.type;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Bad input gets a message next to the field it is about, and nothing is written: the backend's
 * verdict on an email address in the setup wizard, the editor's own on a non-numeric amount.
 */
@ExtendWith(ApplicationExtension.class)
class ValidationMessagesTest {

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

    private static boolean marked(Node input) {
        return input.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("danger"));
    }

    @Test
    void invalidInputIsExplainedNextToItsFieldAndNothingIsSaved(FxRobot robot) {
        HubFlowTest.connectDirect(robot, jdbcUrl);
        HubFlowTest.fillSetup(robot, "rudo-at-hub");
        robot.clickOn("#submitButton");

        waitUntil(() -> showing(robot, "#emailError"));
        assertThat(robot.lookup("#emailError").queryAs(Label.class).getText()).isNotBlank();
        assertThat(marked(robot.lookup("#emailField").query())).isTrue();
        assertThat(showing(robot, "#hubNameError")).isFalse();
        try (Backend check = Backends.direct(jdbcUrl, "postgres", "")) {
            assertThat(check.hubStatus().setupRequired()).isTrue();
        }

        // Fixing the field clears its message; the wizard then goes through.
        paste(robot, "#emailField", "rudo@hub.example");
        assertThat(showing(robot, "#emailError")).isFalse();
        robot.clickOn("#submitButton");
        waitUntil(() -> showing(robot, "#navList"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#editMineButton"));
        robot.clickOn("#editMineButton");
        waitUntil(() -> showing(robot, "#typeBox") && !robot.lookup("#firstNameField").query().isDisabled());
        @SuppressWarnings("unchecked")
        ComboBox<ProfileType> typeBox = robot.lookup("#typeBox").queryAs(ComboBox.class);
        robot.interact(() -> typeBox.getSelectionModel().select(ProfileType.INNOVATOR));
        waitUntil(() -> showing(robot, "#details-fundingAmountNeeded"));
        type(robot, "#details-startupName", "SolarCart");
        type(robot, "#details-fundingAmountNeeded", "50k");

        FxTestSupport.reveal(robot, "#saveButton");
        robot.clickOn("#saveButton");

        Node funding = robot.lookup("#details-fundingAmountNeeded").query();
        waitUntil(() -> marked(funding));
        Label message = (Label) funding.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label l && l.getStyleClass().contains("field-error"))
                .findFirst().orElseThrow();
        assertThat(message.getText()).isEqualTo(l10n.get("editor.money.invalid"));
        assertThat(FxTestSupport.isShowing(message)).isTrue();
        assertThat(robot.lookup("#editorErrorBanner").queryAs(atlantafx.base.controls.Message.class).getDescription())
                .isEqualTo(l10n.get("form.fixFields"));
        assertThat(HubFlowTest.storedProfile(jdbcUrl, "rudo@hub.example").profileType()).isNull();

        // A backend rule (first name longer than the 100 the schema holds) lands next to its field too.
        type(robot, "#details-fundingAmountNeeded", "50000");
        robot.interact(() -> robot.lookup("#firstNameField").queryAs(javafx.scene.control.TextField.class)
                .setText("R".repeat(101)));
        FxTestSupport.reveal(robot, "#saveButton");
        robot.clickOn("#saveButton");
        waitUntil(() -> showing(robot, "#firstNameError"));
        assertThat(marked(robot.lookup("#firstNameField").query())).isTrue();
        assertThat(HubFlowTest.storedProfile(jdbcUrl, "rudo@hub.example").profileType()).isNull();
    }
}
