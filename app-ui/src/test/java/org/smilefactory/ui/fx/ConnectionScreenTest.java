package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.Backend;
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

/** The first screen: embedded is the default choice and shows where the data will live. */
@ExtendWith(ApplicationExtension.class)
class ConnectionScreenTest {

    private static final Path DATA = Path.of("/tmp/smilefactory-test-data");

    private final Localization l10n = Localization.english();
    private final AtomicInteger opens = new AtomicInteger();
    private FxTaskExecutor executor;
    private ThemeManager theme;

    @Start
    void start(Stage stage) {
        theme = new ThemeManager(ThemeStore.inMemory(false));
        theme.apply();
        executor = new FxTaskExecutor();
        // This test must not start a real embedded PostgreSQL: count attempts instead.
        BackendOpener opener = new BackendOpener() {
            @Override
            public Backend embedded(Path dataFolder) {
                opens.incrementAndGet();
                throw new org.smilefactory.core.api.BackendUnavailableException(
                        "The data folder is locked by a running SmileFactory Hub.");
            }

            @Override
            public Backend direct(String jdbcUrl, String user, String password) {
                opens.incrementAndGet();
                throw new org.smilefactory.core.api.BackendUnavailableException("unreachable");
            }

            @Override
            public Backend remote(java.net.URI serverUrl) {
                opens.incrementAndGet();
                throw new org.smilefactory.core.api.BackendUnavailableException("unreachable");
            }

            @Override
            public Backend remoteWithOfflineCopy(java.net.URI serverUrl, java.nio.file.Path replicaRoot) {
                opens.incrementAndGet();
                throw new org.smilefactory.core.api.BackendUnavailableException("unreachable");
            }
        };
        new AppFlow(stage, l10n, theme, executor, opener, DATA).start();
    }

    @Stop
    void stop() {
        executor.close();
    }

    @Test
    void choosingTheServerAsksForItsAddressAndMarksABadOne(FxRobot robot) {
        robot.clickOn("#serverChoice");
        assertThat(FxTestSupport.showing(robot, "#serverUrlField")).isTrue();
        robot.clickOn("#serverUrlField").write("not a web address");
        robot.clickOn("#openButton");
        assertThat(robot.lookup("#serverUrlError").queryAs(Label.class).getText())
                .isEqualTo(l10n.get("connect.server.url.invalid"));
        assertThat(opens).hasValue(0);
    }

    @Test
    void embeddedIsTheDefaultChoiceAndShowsTheDataFolder(FxRobot robot) {
        assertThat(robot.lookup("#embeddedChoice").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#dataFolderLabel").queryAs(Label.class).getText()).isEqualTo(DATA.toString());
        assertThat(robot.lookup("#serverChoice").queryAs(RadioButton.class).isSelected()).isFalse();
        assertThat(FxTestSupport.showing(robot, "#serverUrlField")).isFalse();
        assertThat(robot.lookup("#openButton").queryAs(Button.class).isDefaultButton()).isTrue();
        assertThat(FxTestSupport.showing(robot, "#jdbcUrlField")).isFalse();
        assertThat(robot.listWindows()).anySatisfy(w ->
                assertThat(((Stage) w).getTitle()).isEqualTo("SmileFactory Hub \u2014 Connect"));
    }

    @Test
    void choosingDirectShowsItsFieldsAndValidatesThemNextToEachField(FxRobot robot) {
        robot.clickOn("#directChoice");
        assertThat(FxTestSupport.showing(robot, "#jdbcUrlField")).isTrue();

        robot.clickOn("#openButton");

        assertThat(opens).hasValue(0);
        assertThat(FxTestSupport.textOf(robot, "#jdbcUrlError")).isEqualTo(l10n.get("connect.direct.url.required"));
        assertThat(FxTestSupport.showing(robot, "#jdbcUrlError")).isTrue();
        assertThat(robot.lookup("#jdbcUrlField").queryAs(TextField.class).getPseudoClassStates())
                .anySatisfy(p -> assertThat(p.getPseudoClassName()).isEqualTo("danger"));
    }

    @Test
    void ctrlShiftLTogglesTheTheme(FxRobot robot) {
        boolean before = theme.isDark();

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);

        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(theme.isDark()).isNotEqualTo(before);
    }

    @Test
    void enterOpensTheDefaultChoiceAndAnOpeningErrorIsShownOnTheScreen(FxRobot robot) {
        robot.type(javafx.scene.input.KeyCode.ENTER);

        FxTestSupport.waitUntil(() -> FxTestSupport.showing(robot, "#errorBanner"));
        assertThat(opens).hasValue(1);
        assertThat(robot.lookup("#errorBanner").queryAs(atlantafx.base.controls.Message.class).getDescription())
                .isEqualTo("The data folder is locked by a running SmileFactory Hub.");
    }
}
