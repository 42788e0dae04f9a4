package org.smilefactory.ui.fx;

import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendInfo;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.api.sync.ConnectionState;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.api.sync.SyncPhase;
import org.smilefactory.core.api.sync.SyncStatus;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.AppFlow;
import org.smilefactory.ui.connect.BackendOpener;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.FakeOfflineSync;
import org.smilefactory.ui.theme.ThemeManager;
import org.smilefactory.ui.theme.ThemeStore;
import org.smilefactory.ui.util.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: the offline states of the status bar, the banner and the held-changes window,
 * in the light and the dark theme, to look at. The real app on a real database; only the offline
 * connection is a fake, so every state (syncing halfway, conflicts) can be posed. Runs only when asked:
 * {@code mvn -pl app-ui test -Dtest=OfflineScreenshots -Dshots.dir=/tmp/shots}.
 */
@EnabledIfSystemProperty(named = "shots.dir", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class OfflineScreenshots {

    private static final String SERVER = "https://hub.example.org";
    private final Localization l10n = Localization.english();
    private final String jdbcUrl = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
    private final FakeOfflineSync sync = new FakeOfflineSync();
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
        try (Backend setup = Backends.direct(jdbcUrl, "postgres", "")) {
            Session admin = setup.completeSetup(new FirstRunSetup("Harare Innovation Hub", "Africa/Harare", "Rudo",
                    "Chikwanha", "rudo@hub.example", HubFlowTest.PASSWORD));
            admin.signOut();
        }
        BackendOpener opener = new BackendOpener() {
            @Override
            public Backend embedded(Path dataFolder) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Backend direct(String url, String user, String password) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Backend remote(URI serverUrl) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Backend remoteWithOfflineCopy(URI serverUrl, Path replicaRoot) {
                return withFakeOfflineSync(Backends.direct(jdbcUrl, "postgres", ""));
            }
        };
        flow = new AppFlow(stage, l10n, theme, executor, opener, Path.of("/home/ada/.local/share/smilefactory"));
        flow.start();
    }

    /** The direct backend dressed as a server connection with an offline copy. */
    private Backend withFakeOfflineSync(Backend direct) {
        return new Backend() {
            @Override
            public BackendInfo info() {
                return new BackendInfo(org.smilefactory.core.api.BackendMode.SERVER, SERVER, "");
            }

            @Override
            public HubStatus hubStatus() {
                return direct.hubStatus();
            }

            @Override
            public Session completeSetup(FirstRunSetup setup) {
                return direct.completeSetup(setup);
            }

            @Override
            public Session signIn(String email, String password) {
                Session real = direct.signIn(email, password);
                return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("offlineSync")) {
                                return Optional.of(sync);
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }

            @Override
            public void close() {
                direct.close();
            }
        };
    }

    @Stop
    void stop() {
        flow.shutdown();
        executor.close();
    }

    private void shoot(FxRobot robot, String name, Window window) {
        Shots.take(robot, theme, window, name);
    }

    private void publish(FxRobot robot, SyncStatus status) {
        sync.publish(status);
        WaitForAsyncUtils.waitForFxEvents(4);
    }

    private static SyncStatus status(ConnectionState state, boolean manual, SyncPhase phase, long done, long total,
                                     long pending, long attention, String message) {
        return new SyncStatus(state, manual, SERVER, phase, done, total, pending, attention,
                Instant.now().minusSeconds(420), message);
    }

    @Test
    void offlineStates(FxRobot robot) {
        robot.clickOn("#serverChoice");
        paste(robot, "#serverUrlField", SERVER);
        robot.clickOn("#offlineCopyCheck");
        shoot(robot, "offline-01-connection", stage);
        robot.clickOn("#openButton");
        waitUntil(() -> showing(robot, "#signInButton"));
        paste(robot, "#emailField", "rudo@hub.example");
        paste(robot, "#passwordField", HubFlowTest.PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#syncStateButton"));

        publish(robot, FakeOfflineSync.online(Instant.now().minusSeconds(60)));
        shoot(robot, "offline-02-online", stage);
        publish(robot, status(ConnectionState.ONLINE, false, SyncPhase.TAKING_REPLICA, 0, -1, 0, 0, null));
        shoot(robot, "offline-03-taking-copy", stage);

        publish(robot, status(ConnectionState.OFFLINE, false, SyncPhase.IDLE, 0, 0, 1, 0,
                "The server " + SERVER + " cannot be reached: working offline on this computer's copy."));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#serverOnlyState"));
        shoot(robot, "offline-04-dropped-feed", stage);

        robot.clickOn("#syncBannerClose");
        publish(robot, status(ConnectionState.OFFLINE, true, SyncPhase.IDLE, 0, 0, 3, 0, "by choice"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        shoot(robot, "offline-05-offline-by-choice-profiles", stage);

        publish(robot, status(ConnectionState.SYNCING, false, SyncPhase.PUSHING, 2, 3, 3, 0, null));
        shoot(robot, "offline-06-syncing", stage);

        HeldChange conflict = new HeldChange(UUID.randomUUID(), MutationKinds.PROFILE_SAVE, "personal_details",
                UUID.randomUUID(), MutationOutcome.CONFLICT,
                "This profile was changed by someone else since you loaded it. Reload to see their version.",
                "Profile of Tendai Moyo", """
                {"memberId":"0193a3e4-0000-7000-8000-000000000001","expectedVersion":3,"firstName":"Tendai",
                 "lastName":"Moyo","bio":"Builds solar kits for rural clinics.","location":"Harare",
                 "profileType":"INNOVATOR","visibility":"PUBLIC",
                 "details":{"industryFocus":"Energy","innovationStage":"PROTOTYPE","startupName":"SunBox"}}
                """, """
                {"member_id":"0193a3e4-0000-7000-8000-000000000001","version":4,"first_name":"Tendai",
                 "last_name":"Moyo","bio":"Builds solar kits for schools and clinics.","location":"Bulawayo",
                 "profile_type":"innovator","visibility":"public","industry_focus":"Energy",
                 "innovation_stage":"mvp","startup_name":"SunBox"}
                """, Instant.now().minusSeconds(3 * 3600));
        HeldChange rejected = new HeldChange(UUID.randomUUID(), MutationKinds.CHECK_IN, "event_check_in_scans",
                UUID.randomUUID(), MutationOutcome.REJECTED, "This kiosk is no longer assigned to Demo Day.",
                "Check-in of ticket Q7RT…", "{\"code\":\"Q7RTX2M9KD4PLA8ZC3VN6BWE\",\"scannedAt\":\"2026-11-25T08:12:00Z\"}",
                null, Instant.now().minusSeconds(26 * 3600));
        sync.held.add(conflict);
        sync.held.add(rejected);
        publish(robot, status(ConnectionState.ONLINE, false, SyncPhase.IDLE, 0, 0, 0, 2, null));
        shoot(robot, "offline-07-back-online-attention", stage);

        robot.clickOn("#syncAttentionButton");
        waitUntil(() -> showing(robot, "#heldChangesList"));
        Window held = robot.lookup("#heldChangesList").query().getScene().getWindow();
        shoot(robot, "offline-08-held-conflict", held);
        robot.interact(() -> robot.lookup("#heldOnlyDifferences").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(false));
        shoot(robot, "offline-09-held-all-fields", held);
        robot.interact(() -> robot.lookup("#heldChangesList").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(1));
        shoot(robot, "offline-10-held-rejected", held);
        sync.held.clear();
        robot.interact(() -> Platform.runLater(() -> { }));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        publish(robot, status(ConnectionState.ONLINE, false, SyncPhase.IDLE, 0, 0, 0, 0, null));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#heldChangesEmpty"));
        shoot(robot, "offline-11-held-empty", held);
    }
}
