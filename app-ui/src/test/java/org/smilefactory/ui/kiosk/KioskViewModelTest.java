package org.smilefactory.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.events.AttendeeRole;
import org.smilefactory.core.api.events.CheckInOutcome;
import org.smilefactory.core.api.events.CheckInResult;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.RegistrationStatus;
import org.smilefactory.core.api.events.WalkIn;
import org.smilefactory.ui.kiosk.KioskViewModel.Mode;
import org.smilefactory.ui.kiosk.KioskViewModel.Tone;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.StubEventService;
import org.smilefactory.ui.util.ManualTaskExecutor;

class KioskViewModelTest {

    private static final UUID EVENT = UUID.randomUUID();
    private static final Instant NINE_AM_HARARE = Instant.parse("2026-12-01T07:00:00Z");

    private final Localization l10n = Localization.english();
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final List<String> scanned = new ArrayList<>();
    private final List<String> searched = new ArrayList<>();
    private final AtomicBoolean exited = new AtomicBoolean();
    private CheckInResult nextResult;
    private List<Registration> nextMatches = List.of();

    private final StubEventService events = new StubEventService() {
        @Override
        public EventView kioskEvent() {
            return event(EVENT);
        }

        @Override
        public CheckInResult checkIn(UUID eventId, String code) {
            scanned.add(code);
            return nextResult;
        }

        @Override
        public List<Registration> findAttendees(UUID eventId, String text) {
            searched.add(text);
            return nextMatches;
        }

        @Override
        public CheckInResult registerWalkIn(UUID eventId, WalkIn walkIn) {
            if (walkIn.email() != null && walkIn.email().contains("@")) {
                return new CheckInResult(CheckInOutcome.CHECKED_IN, UUID.randomUUID(),
                        walkIn.firstName() + " " + walkIn.lastName(), AttendeeRole.ATTENDEE, NINE_AM_HARARE,
                        NINE_AM_HARARE, 0);
            }
            throw new ValidationException(List.of(new Violation("email", "invalid-email", "Enter an email address.")));
        }

        @Override
        public boolean verifyExitPin(String pin) {
            return pin.equals("2468");
        }
    };

    private KioskViewModel viewModel = new KioskViewModel(events, null, executor, l10n, () -> exited.set(true));

    static EventView event(UUID id) {
        return new EventView(id, 1, "Demo day", null, EventType.DEMO, EventStatus.PUBLISHED, NINE_AM_HARARE,
                NINE_AM_HARARE.plusSeconds(3600), "Africa/Harare", "Hall", null, false, 10, 9, 0, null, BigDecimal.ZERO,
                "USD", List.of(), UUID.randomUUID(), "Org", null, false);
    }

    @BeforeEach
    void ready() {
        viewModel.start();
        executor.runAllTasks();
        assertThat(viewModel.modeProperty().get()).isEqualTo(Mode.READY);
    }

    @Test
    void aCodeShapedInputIsAScanAndItsResultGoesBackToReadyByItself() {
        nextResult = new CheckInResult(CheckInOutcome.CHECKED_IN, UUID.randomUUID(), "Grace Guest", AttendeeRole.SPEAKER,
                NINE_AM_HARARE, NINE_AM_HARARE, 0);
        viewModel.inputProperty().set("  AbCdEfGhIjKlMnOpQrStUvWx\n");
        viewModel.submit();
        assertThat(viewModel.inputProperty().get()).isEmpty();
        assertThat(viewModel.modeProperty().get()).isEqualTo(Mode.WORKING);
        executor.runAllTasks();
        assertThat(scanned).containsExactly("AbCdEfGhIjKlMnOpQrStUvWx");
        assertThat(viewModel.modeProperty().get()).isEqualTo(Mode.RESULT);
        assertThat(viewModel.toneProperty().get()).isEqualTo(Tone.SUCCESS);
        assertThat(viewModel.resultTitleProperty().get()).isEqualTo("Welcome, Grace Guest!");
        assertThat(viewModel.resultDetailProperty().get()).isEqualTo("Speaker · checked in at 09:00");
        assertThat(viewModel.badgePrintableProperty().get()).isTrue();
        assertThat(viewModel.placesTextProperty().get()).isEqualTo("0 places left");
        executor.elapseTimers();
        assertThat(viewModel.modeProperty().get()).isEqualTo(Mode.READY);
    }

    @Test
    void aDuplicateShowsTheFirstCheckInTimeInTheEventsZone() {
        nextResult = new CheckInResult(CheckInOutcome.ALREADY_CHECKED_IN, UUID.randomUUID(), "Grace Guest",
                AttendeeRole.ATTENDEE, NINE_AM_HARARE.plusSeconds(15 * 60), NINE_AM_HARARE, 1);
        viewModel.inputProperty().set("AbCdEfGhIjKlMnOpQrStUvWx");
        viewModel.submit();
        executor.runAllTasks();
        assertThat(viewModel.toneProperty().get()).isEqualTo(Tone.WARNING);
        assertThat(viewModel.resultDetailProperty().get()).isEqualTo("Grace Guest checked in at 09:15");
    }

    @Test
    void anUnknownCodeOffersAWalkInOnlyWhileThereArePlaces() {
        nextResult = new CheckInResult(CheckInOutcome.UNKNOWN_CODE, null, null, null, null, NINE_AM_HARARE, 1);
        viewModel.inputProperty().set("https://example.org/not-ours");
        viewModel.submit();
        executor.runAllTasks();
        assertThat(viewModel.toneProperty().get()).isEqualTo(Tone.DANGER);
        assertThat(viewModel.walkInOfferedProperty().get()).isTrue();
        nextResult = new CheckInResult(CheckInOutcome.UNKNOWN_CODE, null, null, null, null, NINE_AM_HARARE, 0);
        viewModel.inputProperty().set("garbage-garbage-garbage");
        viewModel.submit();
        executor.runAllTasks();
        assertThat(viewModel.walkInOfferedProperty().get()).isFalse();
    }

    @Test
    void namesAndEmailsAreSearchedNeverScanned() {
        nextMatches = List.of(new Registration(UUID.randomUUID(), EVENT, UUID.randomUUID(), "Nomsa Moyo", "n@x.org",
                AttendeeRole.ATTENDEE, RegistrationStatus.CONFIRMED, NINE_AM_HARARE, null, null, null, 0, null, 0));
        viewModel.inputProperty().set("Nomsa Moyo");
        viewModel.submit();
        executor.runAllTasks();
        viewModel.inputProperty().set("nomsa.moyo@example.org");
        viewModel.submit();
        executor.runAllTasks();
        assertThat(scanned).isEmpty();
        assertThat(searched).containsExactly("Nomsa Moyo", "nomsa.moyo@example.org");
        assertThat(viewModel.modeProperty().get()).isEqualTo(Mode.SEARCH);
        assertThat(viewModel.matches()).hasSize(1);

        nextMatches = List.of();
        viewModel.inputProperty().set("Nobody");
        viewModel.submit();
        executor.runAllTasks();
        assertThat(viewModel.resultTitleProperty().get()).isEqualTo(l10n.get("kiosk.result.noMatch.title"));
    }

    @Test
    void walkInErrorsLandNextToTheirFieldsAndTheTimerWaitsForTheForm() {
        viewModel.startWalkIn();
        viewModel.walkInFirstNameProperty().set("Wally");
        viewModel.submitWalkIn();
        executor.runAllTasks();
        executor.elapseTimers();
        assertThat(viewModel.modeProperty().get()).isEqualTo(Mode.WALK_IN);
        assertThat(viewModel.walkInErrors().of("email").get()).isEqualTo("Enter an email address.");
    }

    @Test
    void offlineTheKioskSaysSoAndAWalkInIsProvisionalUntilTheServerConfirmsIt() {
        viewModel.connectionChanged(true);
        assertThat(viewModel.offlineNoticeProperty().get())
                .isEqualTo("Offline: check-ins are saved on this kiosk and sent when the network is back");
        viewModel.startWalkIn();
        viewModel.walkInFirstNameProperty().set("Wally");
        viewModel.walkInLastNameProperty().set("Walker");
        viewModel.walkInEmailProperty().set("wally@example.org");
        viewModel.submitWalkIn();
        executor.runAllTasks();
        assertThat(viewModel.resultTitleProperty().get()).isEqualTo("Welcome, Wally Walker!");
        assertThat(viewModel.resultDetailProperty().get()).isEqualTo("Attendee · checked in at 09:00\n"
                + "Provisional: made while the kiosk is offline, and confirmed when it is back online.");

        viewModel.connectionChanged(false);
        assertThat(viewModel.offlineNoticeProperty().get()).isEmpty();
        viewModel.startWalkIn();
        viewModel.walkInFirstNameProperty().set("Wanda");
        viewModel.walkInLastNameProperty().set("Walker");
        viewModel.walkInEmailProperty().set("wanda@example.org");
        viewModel.submitWalkIn();
        executor.runAllTasks();
        assertThat(viewModel.resultDetailProperty().get()).isEqualTo("Attendee · checked in at 09:00");
    }

    @Test
    void leavingTakesTheRightPin() {
        viewModel.askExit();
        viewModel.pinProperty().set("0000");
        viewModel.confirmExit();
        executor.runAllTasks();
        assertThat(exited).isFalse();
        assertThat(viewModel.pinErrorProperty().get()).isEqualTo(l10n.get("kiosk.exit.wrong"));
        assertThat(viewModel.pinProperty().get()).isEmpty();
        executor.elapseTimers();
        assertThat(viewModel.modeProperty().get()).isEqualTo(Mode.EXIT_PIN);
        viewModel.pinProperty().set("2468");
        viewModel.confirmExit();
        executor.runAllTasks();
        assertThat(exited).isTrue();
    }

    @Test
    void aKioskAssignedToAnotherEventThanTheCommandLineSaysRefusesToStart() {
        viewModel = new KioskViewModel(events, UUID.randomUUID(), executor, l10n, () -> exited.set(true));
        viewModel.start();
        executor.runAllTasks();
        assertThat(viewModel.modeProperty().get()).isEqualTo(Mode.BROKEN);
        assertThat(viewModel.resultDetailProperty().get()).isEqualTo(l10n.get("kiosk.wrongEvent"));
    }
}
