package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.textOf;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.ui.l10n.Localization;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A check-in kiosk whose venue network drops: it says it is offline, keeps checking people in, makes a
 * walk-in that it marks provisional, and when the server is back, staff see what the merge made of it:
 * the walk-in over capacity (the event filled up at the server meanwhile) and the ticket scanned at two
 * doors with its duplicate.
 */
@ExtendWith(ApplicationExtension.class)
class OfflineKioskFlowTest {

    private static final String PASSWORD = "a long enough secret";
    private static RestartableServer server;
    private static Path dataFolder;
    private static UUID eventId;
    private static String graceCode;

    private final Localization l10n = Localization.english();
    private RunningApp app;

    @BeforeAll
    static void hubWithAnEventAndAKiosk() throws IOException {
        server = RestartableServer.started();
        try (Backend remote = Backends.remote(server.uri())) {
            Session admin = remote.completeSetup(new FirstRunSetup("Kiosk Hub", "Africa/Harare", "Esi", "Staff",
                    "esi@hub.example", PASSWORD).withSetupCode(server.setupCode()));
            for (String name : List.of("Grace Guest", "Nomsa Moyo", "Amara First")) {
                String[] parts = name.split(" ");
                admin.accounts().createMember(new CreateMember(parts[0].toLowerCase() + "@hub.example", PASSWORD,
                        parts[0], parts[1], Role.USER));
            }
            LocalDateTime start = LocalDateTime.now().plusHours(1).truncatedTo(ChronoUnit.HOURS);
            EventView draft = admin.events().save(new SaveEvent(null, 0, "Demo day", null, EventType.DEMO, start,
                    start.plusHours(4), "Africa/Harare", "Hub hall", null, false, 3, null, null, "USD", List.of()));
            EventView event = admin.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
            eventId = event.id();
            admin.events().createKiosk(event.id(), new CreateKiosk("door@hub.example", PASSWORD, "Front door", "2468"));
            graceCode = remote.signIn("grace@hub.example", PASSWORD).events().register(eventId).ticketCode();
            remote.signIn("nomsa@hub.example", PASSWORD).events().register(eventId);
        }
        dataFolder = Files.createTempDirectory("offline-kiosk");
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
    void theKioskWorksThroughTheDropAndStaffSeeTheMergedCheckIns(FxRobot robot) throws Exception {
        FxTestSupport.openServerWithOfflineCopy(robot, server.uri());
        signIn(robot, "door@hub.example");
        waitUntil(() -> showing(robot, "#kioskReady"));
        assertThat(showing(robot, "#kioskOffline")).isFalse();
        // the replica of the event is taken in the background; give it a moment before the network goes
        waitForReplica();

        server.stop();
        // the first check-in after the drop finds the server gone and is made on the kiosk's copy
        robot.write(graceCode).type(KeyCode.ENTER);
        waitUntil(() -> l10n.format("kiosk.result.CHECKED_IN.title", "Grace Guest").equals(textOf(robot, "#kioskResultTitle")));
        waitUntil(() -> showing(robot, "#kioskOffline"));
        assertThat(textOf(robot, "#kioskOffline")).startsWith("Offline: check-ins are saved on this kiosk");

        // a walk-in while offline: provisional, and the kiosk says so
        waitUntil(() -> showing(robot, "#kioskReady"));
        robot.write("NOT-A-TICKET-0000").type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#kioskWalkInButton"));
        robot.clickOn("#kioskWalkInButton");
        waitUntil(() -> showing(robot, "#walkInFirstName"));
        paste(robot, "#walkInFirstName", "Wally");
        paste(robot, "#walkInLastName", "Walker");
        paste(robot, "#walkInEmail", "wally@example.org");
        robot.clickOn("#walkInSubmit");
        waitUntil(() -> l10n.format("kiosk.result.CHECKED_IN.title", "Wally Walker").equals(textOf(robot, "#kioskResultTitle")));
        assertThat(textOf(robot, "#kioskResultDetail"))
                .endsWith("Provisional: made while the kiosk is offline, and confirmed when it is back online.");
        Shots.take(robot, app.theme(), window(robot), "offline-kiosk-walk-in");

        // meanwhile at the hub, before this kiosk can see it: another door checks Grace in, the last place goes
        try (Backend hub = server.database()) {
            hub.signIn("esi@hub.example", PASSWORD).events().checkIn(eventId, graceCode);
            hub.signIn("amara@hub.example", PASSWORD).events().register(eventId);
        }
        server.start();
        // the kiosk comes back by itself (it probes the server) and says nothing about offline any more
        waitUntil(Duration.ofSeconds(90), () -> !showing(robot, "#kioskOffline"));

        // staff leave the kiosk and look at the attendees
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> showing(robot, "#kioskPinField"));
        robot.write("2468").type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#signInButton"));
        signIn(robot, "esi@hub.example");
        waitUntil(() -> showing(robot, "#navList"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ListView<EventView> events = robot.lookup("#eventList").queryAs(ListView.class);
        waitUntil(() -> !events.getItems().isEmpty());
        robot.interact(() -> events.getSelectionModel().select(0));
        try {
            waitUntil(Duration.ofSeconds(60), () -> showing(robot, "#attendeeList")
                    && flags(robot).containsAll(List.of("1 duplicate scan", "Over capacity")));
        } catch (AssertionError e) {
            try (Backend remote = Backends.remote(server.uri())) {
                throw new AssertionError("flags shown " + flags(robot) + "; on the server "
                        + remote.signIn("esi@hub.example", PASSWORD).events().attendees(eventId,
                        org.smilefactory.core.api.events.AttendeeQuery.all()).items(), e);
            }
        }
        Shots.take(robot, app.theme(), window(robot), "offline-staff-attendees");
        Node overCapacity = robot.lookup(".attendee-flag").queryAll().stream()
                .filter(n -> "Over capacity".equals(((Label) n).getText())).findFirst().orElseThrow();
        assertThat(overCapacity.getStyleClass()).contains("flag-danger");
        assertThat(((Label) overCapacity).getTooltip().getText()).contains("already full");

        robot.clickOn("#signOutButton");
        waitUntil(() -> showing(robot, "#signInButton"));
    }

    private static javafx.stage.Window window(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(javafx.stage.Window::isShowing).findFirst().orElseThrow();
    }

    private static void signIn(FxRobot robot, String email) {
        paste(robot, "#emailField", email);
        paste(robot, "#passwordField", PASSWORD);
        robot.clickOn("#signInButton");
    }

    /** The texts of the flags on the attendee lines. */
    private static List<String> flags(FxRobot robot) {
        return robot.lookup(".attendee-flag").queryAll().stream().filter(FxTestSupport::isShowing)
                .map(n -> ((Label) n).getText()).collect(Collectors.toList());
    }

    /** Until the kiosk's copy of the hub has its event (a folder with an offline copy under the data folder). */
    private static void waitForReplica() throws InterruptedException {
        Path replicas = dataFolder.resolve("replicas");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isDirectory(replicas)) {
                try (Stream<Path> files = Files.walk(replicas, 2)) {
                    if (files.count() > 2) {
                        Thread.sleep(3000);
                        return;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Thread.sleep(200);
        }
    }
}
