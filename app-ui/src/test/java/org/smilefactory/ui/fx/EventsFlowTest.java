package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smilefactory.ui.fx.FxTestSupport.paste;
import static org.smilefactory.ui.fx.FxTestSupport.showing;
import static org.smilefactory.ui.fx.FxTestSupport.textOf;
import static org.smilefactory.ui.fx.FxTestSupport.type;
import static org.smilefactory.ui.fx.FxTestSupport.waitUntil;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.RegistrationStatus;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.ui.l10n.Localization;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Events end to end on a real database: staff create an event with two places in the Events area and
 * publish it, members fill it, staff join the waitlist in the app and are promoted when a member
 * cancels; and the kiosk: a valid scan, the same scan again, garbage, and a search by name.
 */
@ExtendWith(ApplicationExtension.class)
class EventsFlowTest {

    private static final String PASSWORD = "a long enough secret";

    private final Localization l10n = Localization.english();
    private final String jdbcUrl = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
    private Backend backend;
    private Session admin;
    private RunningApp app;

    @Start
    void start(Stage stage) {
        app = RunningApp.start(stage, l10n);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @BeforeEach
    void hubWithMembers() {
        backend = Backends.direct(jdbcUrl, "postgres", "");
        admin = backend.completeSetup(new FirstRunSetup("Events Hub", "Africa/Harare", "Esi", "Staff",
                "esi@hub.example", PASSWORD));
        for (String name : List.of("Amara First", "Bongani Second", "Nomsa Moyo", "Grace Guest")) {
            String[] parts = name.split(" ");
            admin.accounts().createMember(new CreateMember(parts[0].toLowerCase() + "@hub.example", PASSWORD, parts[0],
                    parts[1], Role.USER));
        }
    }

    @AfterEach
    void closeBackend() {
        backend.close();
    }

    private Session member(String first) {
        return backend.signIn(first.toLowerCase() + "@hub.example", PASSWORD);
    }

    private void signIn(FxRobot robot, String email) {
        robot.clickOn("#directChoice");
        paste(robot, "#jdbcUrlField", jdbcUrl);
        type(robot, "#userField", "postgres");
        robot.clickOn("#openButton");
        waitUntil(() -> showing(robot, "#signInButton"));
        paste(robot, "#emailField", email);
        paste(robot, "#passwordField", PASSWORD);
        robot.clickOn("#signInButton");
    }

    @Test
    void createAnEventFillItJoinTheWaitlistAndGetPromotedWhenSomeoneCancels(FxRobot robot) {
        signIn(robot, "esi@hub.example");
        waitUntil(() -> showing(robot, "#navList"));
        // Ctrl+5 is Events (Dashboard, Feed, Profiles, Blog, Events)
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#newEventButton"));
        waitUntil(() -> showing(robot, "#eventsEmpty"));

        robot.clickOn("#newEventButton");
        waitUntil(() -> showing(robot, "#eventTitleField"));
        // a capacity that is not a number is marked next to the field, nothing is sent
        type(robot, "#eventCapacityField", "two");
        robot.clickOn("#saveEventButton");
        waitUntil(() -> !textOf(robot, "#error-capacity").isEmpty());
        assertThat(textOf(robot, "#error-capacity")).isEqualTo(l10n.get("events.editor.invalidNumber"));
        // the backend's rules land next to their fields too
        type(robot, "#eventCapacityField", "2");
        robot.clickOn("#saveEventButton");
        waitUntil(() -> !textOf(robot, "#error-title").isEmpty());

        type(robot, "#eventTitleField", "Founders breakfast");
        robot.clickOn("#saveEventButton");
        waitUntil(() -> showing(robot, "#eventTitleLabel") && "Founders breakfast".equals(textOf(robot, "#eventTitleLabel")));
        waitUntil(() -> showing(robot, "#publishButton"));
        robot.clickOn("#publishButton");
        waitUntil(() -> showing(robot, "#registerButton"));

        EventView event = admin.events().list(null).items().stream()
                .filter(e -> e.title().equals("Founders breakfast")).findFirst().orElseThrow();
        assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(event.capacity()).isEqualTo(2);
        Session amara = member("Amara");
        Session bongani = member("Bongani");
        assertThat(amara.events().register(event.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(bongani.events().register(event.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);

        // the area shows the event full: registering now means the waitlist
        reopenEvents(robot);
        waitUntil(() -> textOf(robot, "#eventPlacesLabel").equals(l10n.format("events.places.limited", 2, 2)));
        assertThat(robot.lookup("#registerButton").queryAs(Button.class).getText()).isEqualTo(l10n.get("events.register.waitlist"));
        robot.clickOn("#registerButton");
        waitUntil(() -> l10n.get("events.mine.waitlisted").equals(textOf(robot, "#myRegistrationLabel")));
        assertThat(textOf(robot, "#eventPlacesLabel")).isEqualTo(l10n.format("events.places.waitlist", 2, 2, 1));
        @SuppressWarnings("unchecked")
        ListView<Registration> attendees = robot.lookup("#attendeeList").queryAs(ListView.class);
        waitUntil(() -> attendees.getItems().size() == 3);

        // Amara cancels: the earliest waitlisted person (the staff member here) gets her place
        amara.events().cancelRegistration(event.id());
        reopenEvents(robot);
        waitUntil(() -> l10n.get("events.mine.confirmed").equals(textOf(robot, "#myRegistrationLabel")));
        assertThat(textOf(robot, "#eventPlacesLabel")).isEqualTo(l10n.format("events.places.limited", 2, 2));

        // the ticket with its QR code
        robot.clickOn("#ticketButton");
        waitUntil(() -> showing(robot, "#ticketQr"));
        assertThat(robot.lookup("#ticketQr").queryAs(ImageView.class).getImage().getWidth()).isGreaterThan(100);
        robot.clickOn("#closeTicketButton");
        waitUntil(() -> !showing(robot, "#ticketQr"));

        // staff start a kiosk for the event: a new kiosk account, its own full-screen window
        robot.clickOn("#startKioskButton");
        waitUntil(() -> showing(robot, "#kioskStartEmail"));
        paste(robot, "#kioskStartEmail", "door-1@hub.example");
        paste(robot, "#kioskStartPassword", PASSWORD);
        paste(robot, "#kioskStartPin", "1357");
        robot.clickOn("#kioskStartButton");
        waitUntil(() -> showing(robot, "#kioskReady"));
        assertThat(textOf(robot, "#kioskEventTitle")).isEqualTo("Founders breakfast");
        Stage kioskWindow = (Stage) robot.lookup("#kioskRoot").query().getScene().getWindow();
        assertThat(kioskWindow.isFullScreen()).isTrue();
        assertThat(admin.events().kiosks(event.id())).extracting(k -> k.email()).containsExactly("door-1@hub.example");
        robot.interact(() -> robot.lookup("#kioskExitButton").queryAs(Button.class).fire());
        waitUntil(() -> showing(robot, "#kioskPinField"));
        robot.interact(() -> robot.lookup("#kioskPinField").queryAs(javafx.scene.control.PasswordField.class).setText("1357"));
        robot.interact(() -> robot.lookup("#kioskPinConfirm").queryAs(Button.class).fire());
        waitUntil(() -> !kioskWindow.isShowing());
        assertThat(showing(robot, "#eventTitleLabel")).isTrue();
    }

    /** Leaves and re-enters the Events area, which reloads the list and the selected event. */
    private static void reopenEvents(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#eventTitleLabel"));
    }

    @Test
    void theKioskChecksInAScanRefusesItTwiceRejectsGarbageAndFindsPeopleByName(FxRobot robot) {
        LocalDateTime start = LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.HOURS);
        EventView draft = admin.events().save(new SaveEvent(null, 0, "Demo day", null, EventType.DEMO, start,
                start.plusHours(4), "Africa/Harare", "Hub hall", null, false, 10, null, null, "USD", List.of()));
        EventView event = admin.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
        admin.events().createKiosk(event.id(), new CreateKiosk("door@hub.example", PASSWORD, "Front door", "2468"));
        String graceCode = member("Grace").events().register(event.id()).ticketCode();
        member("Nomsa").events().register(event.id());

        signIn(robot, "door@hub.example");
        waitUntil(() -> showing(robot, "#kioskReady"));
        assertThat(textOf(robot, "#kioskEventTitle")).isEqualTo("Demo day");
        assertThat(robot.lookup("#kioskInput").query().isFocused()).isTrue();

        // a USB scanner types the code and Enter into whatever has the focus
        robot.write(graceCode).type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#kioskResult")
                && l10n.format("kiosk.result.CHECKED_IN.title", "Grace Guest").equals(textOf(robot, "#kioskResultTitle")));
        assertThat(textOf(robot, "#kioskResultDetail")).startsWith("Attendee");
        assertThat(robot.lookup("#kioskResult").query().getStyleClass()).contains("kiosk-success");

        robot.clickOn("#kioskBadgeButton");
        waitUntil(() -> showing(robot, "#badgePreview"));
        assertThat(robot.lookup("#badgePreview .badge-name").queryAs(Label.class).getText()).isEqualTo("Grace Guest");
        robot.clickOn("#badgeCloseButton");
        waitUntil(() -> showing(robot, "#kioskReady"));

        robot.write(graceCode).type(KeyCode.ENTER);
        waitUntil(() -> l10n.get("kiosk.result.ALREADY_CHECKED_IN.title").equals(textOf(robot, "#kioskResultTitle")));
        assertThat(textOf(robot, "#kioskResultDetail")).startsWith("Grace Guest checked in at ");
        assertThat(robot.lookup("#kioskResult").query().getStyleClass()).contains("kiosk-warning");

        robot.write("GARBAGE-0000-not-a-ticket").type(KeyCode.ENTER);
        waitUntil(() -> l10n.get("kiosk.result.UNKNOWN_CODE.title").equals(textOf(robot, "#kioskResultTitle")));
        assertThat(robot.lookup("#kioskResult").query().getStyleClass()).contains("kiosk-danger");
        assertThat(showing(robot, "#kioskWalkInButton")).isTrue();

        // the result goes back to ready by itself
        waitUntil(() -> showing(robot, "#kioskReady"));

        robot.write("Moyo").type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#kioskMatches"));
        @SuppressWarnings("unchecked")
        ListView<Registration> matches = robot.lookup("#kioskMatches").queryAs(ListView.class);
        waitUntil(() -> matches.getItems().size() == 1);
        assertThat(matches.getItems().get(0).memberName()).isEqualTo("Nomsa Moyo");
        robot.clickOn(".kiosk-check-in");
        waitUntil(() -> l10n.format("kiosk.result.CHECKED_IN.title", "Nomsa Moyo").equals(textOf(robot, "#kioskResultTitle")));

        // leaving takes the staff PIN
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> showing(robot, "#kioskPinField"));
        robot.write("0000").type(KeyCode.ENTER);
        waitUntil(() -> !textOf(robot, "#kioskPinError").isEmpty());
        robot.write("2468").type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#signInButton"));
    }
}
