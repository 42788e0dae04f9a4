package org.smilefactory.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.events.AttendeePage;
import org.smilefactory.core.api.events.AttendeeQuery;
import org.smilefactory.core.api.events.AttendeeRole;
import org.smilefactory.core.api.events.EventPage;
import org.smilefactory.core.api.events.EventQuery;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.OfflineCheckIn;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.RegistrationStatus;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.RecordingDialogs;
import org.smilefactory.ui.testing.StubEventService;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class EventsViewModelTest {

    private static final Instant START = Instant.parse("2026-12-02T07:00:00Z");

    private final Localization l10n = Localization.english();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<EventQuery> queries = new ArrayList<>();
    private final List<EventView> stored = new ArrayList<>();
    private final List<EventStatus> statusChanges = new ArrayList<>();
    private Registration mine;
    private final List<Registration> attendeeRows = new ArrayList<>();

    private final StubEventService events = new StubEventService() {
        @Override
        public EventPage list(EventQuery query) {
            queries.add(query);
            List<EventView> matching = stored.stream()
                    .filter(e -> query.types().isEmpty() || query.types().contains(e.type())).toList();
            return new EventPage(matching, null);
        }

        @Override
        public EventView get(UUID eventId) {
            EventView e = stored.get(0);
            return withMine(e, mine);
        }

        @Override
        public Registration register(UUID eventId) {
            mine = new Registration(UUID.randomUUID(), eventId, UUID.randomUUID(), null, null, AttendeeRole.ATTENDEE,
                    RegistrationStatus.WAITLISTED, START, START, null, "code", 0, null, 0);
            return mine;
        }

        @Override
        public EventView changeStatus(UUID eventId, long expectedVersion, EventStatus status) {
            statusChanges.add(status);
            return stored.get(0);
        }

        @Override
        public AttendeePage attendees(UUID eventId, AttendeeQuery query) {
            return new AttendeePage(List.copyOf(attendeeRows), null);
        }

        @Override
        public org.smilefactory.core.api.events.Attendance attendance(UUID eventId) {
            return new org.smilefactory.core.api.events.Attendance(eventId, attendeeRows.size(),
                    attendeeRows.stream().filter(r -> r.checkedInAt() != null).count(), 0, 0, 0, 0, 0);
        }

        @Override
        public String exportAttendeesCsv(UUID eventId) {
            return "name,email\r\nZoë,z@x.org\r\n";
        }
    };

    private final EventsViewModel viewModel = new EventsViewModel(events, new CurrentThreadTaskExecutor(), l10n, dialogs,
            true, "Africa/Harare", Clock.systemUTC(), (email, password) -> null);

    private static EventView event(EventType type, boolean canManage) {
        return new EventView(UUID.randomUUID(), 3, "Pitch night", null, type, EventStatus.PUBLISHED, START,
                START.plusSeconds(7200), "Africa/Harare", "Hall", null, false, 2, 2, 0, null, BigDecimal.ZERO, "USD",
                List.of(), UUID.randomUUID(), "Org", null, canManage);
    }

    private static EventView withMine(EventView e, Registration r) {
        return new EventView(e.id(), e.version(), e.title(), e.description(), e.type(), e.status(), e.start(), e.end(),
                e.timeZone(), e.location(), e.virtualMeetingUrl(), e.online(), e.capacity(), e.confirmed(),
                r == null ? 0 : 1, e.registrationDeadline(), e.price(), e.currency(), e.tags(), e.organizerId(),
                e.organizerName(), r, e.canManage());
    }

    @Test
    void thePastSwitchAndTheDateRangeAskForPastEventsOfWholeDaysInTheHubsZone() {
        viewModel.pastProperty().set(true);
        assertThat(queries.get(queries.size() - 1).past()).isTrue();
        viewModel.fromFilterProperty().set(LocalDate.of(2026, 3, 1));
        viewModel.toFilterProperty().set(LocalDate.of(2026, 3, 31));
        EventQuery last = queries.get(queries.size() - 1);
        assertThat(last.past()).isTrue();
        assertThat(last.from()).isEqualTo(Instant.parse("2026-02-28T22:00:00Z"));
        assertThat(last.to()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(viewModel.filtersActive()).isTrue();
        viewModel.pastProperty().set(false);
        assertThat(queries.get(queries.size() - 1).past()).isFalse();
    }

    @Test
    void aPollShowsACheckInMadeElsewhereAndTheAttendanceWithoutTouchingTheSearch() {
        EventView e = event(EventType.PITCH, true);
        stored.add(e);
        Registration ada = new Registration(UUID.randomUUID(), e.id(), UUID.randomUUID(), "Ada", "ada@x.org",
                AttendeeRole.ATTENDEE, RegistrationStatus.CONFIRMED, START, null, null, null, 0, null, 0);
        attendeeRows.add(ada);
        viewModel.select(e);
        assertThat(viewModel.attendees()).extracting(Registration::checkedInAt).containsOnlyNulls();
        assertThat(viewModel.attendanceProperty().get().checkedIn()).isZero();
        attendeeRows.set(0, new Registration(ada.id(), e.id(), ada.memberId(), "Ada", "ada@x.org", AttendeeRole.ATTENDEE,
                RegistrationStatus.CONFIRMED, START, null, START.plusSeconds(60), null, 1, null, 0));
        viewModel.poll();
        assertThat(viewModel.attendees()).extracting(Registration::checkedInAt).containsExactly(START.plusSeconds(60));
        assertThat(viewModel.attendanceProperty().get().checkedIn()).isEqualTo(1);
        assertThat(viewModel.attendeeSearchProperty().get()).isEmpty();
    }

    @Test
    void startKioskOffersTheLauncherLinesWithTheEventsId() {
        EventView e = event(EventType.PITCH, true);
        stored.add(e);
        viewModel.select(e);
        assertThat(viewModel.kioskLaunchLines()).containsExactlyInAnyOrder(
                "SmileFactoryHub --kiosk " + e.id(), "mvn -q -Papp -DskipTests install -Dapp.args=--kiosk=" + e.id());
        assertThat(viewModel.kioskLaunchLines().get(0)).startsWith("mvn");
    }

    @Test
    void anEmptyHubAndAFilterWithoutMatchesSayDifferentThings() {
        viewModel.refresh();
        assertThat(viewModel.emptyState().get()).isEqualTo(EventsViewModel.EmptyState.NO_EVENTS);
        stored.add(event(EventType.PITCH, false));
        viewModel.typeFilterProperty().set(EventType.WORKSHOP);
        assertThat(viewModel.emptyState().get()).isEqualTo(EventsViewModel.EmptyState.NO_MATCH);
        viewModel.fromFilterProperty().set(LocalDate.of(2026, 12, 1));
        assertThat(queries.get(queries.size() - 1).from()).isEqualTo(Instant.parse("2026-11-30T22:00:00Z"));
        viewModel.clearFilters();
        assertThat(viewModel.items()).hasSize(1);
        assertThat(viewModel.emptyState().get()).isEqualTo(EventsViewModel.EmptyState.NONE);
    }

    @Test
    void registeringForAFullEventSaysItIsTheWaitlist() {
        stored.add(event(EventType.PITCH, false));
        viewModel.refresh();
        viewModel.select(viewModel.items().get(0));
        viewModel.register();
        assertThat(dialogs.notifications).containsExactly(l10n.get("events.registered.waitlisted"));
        assertThat(viewModel.selectedProperty().get().myRegistration().status()).isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void staffSeeOfflineWalkInsAndDuplicateScansOnTheAttendeeLine() {
        Registration plain = attendee(null, 0);
        assertThat(viewModel.flags(plain)).isEmpty();
        assertThat(viewModel.flags(attendee(OfflineCheckIn.PROVISIONAL, 0)))
                .containsExactly(new EventsViewModel.AttendeeFlag("Provisional walk-in",
                        l10n.get("events.attendee.provisional.tooltip"), EventsViewModel.Tone.WARNING));
        assertThat(viewModel.flags(attendee(OfflineCheckIn.OVER_CAPACITY, 2)))
                .extracting(EventsViewModel.AttendeeFlag::text, EventsViewModel.AttendeeFlag::tone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Over capacity", EventsViewModel.Tone.DANGER),
                        org.assertj.core.groups.Tuple.tuple("2 duplicate scans", EventsViewModel.Tone.WARNING));
        assertThat(viewModel.flags(attendee(OfflineCheckIn.CONFIRMED, 1)))
                .extracting(EventsViewModel.AttendeeFlag::text)
                .containsExactly("Offline walk-in", "1 duplicate scan");
    }

    private static Registration attendee(OfflineCheckIn offline, int duplicates) {
        return new Registration(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Wally Walker", "w@x.org",
                AttendeeRole.ATTENDEE, RegistrationStatus.CONFIRMED, START, null, START, null, 2, offline, duplicates);
    }

    @Test
    void cancellingAnEventAsksFirst() {
        stored.add(event(EventType.PITCH, true));
        viewModel.refresh();
        viewModel.select(viewModel.items().get(0));
        dialogs.answer = false;
        viewModel.changeStatus(EventStatus.CANCELLED);
        assertThat(statusChanges).isEmpty();
        dialogs.answer = true;
        viewModel.changeStatus(EventStatus.CANCELLED);
        assertThat(statusChanges).containsExactly(EventStatus.CANCELLED);
        assertThat(dialogs.confirmations).hasSize(2);
    }

    @Test
    void theAttendeeCsvIsWrittenAsUtf8WithAByteOrderMark(@TempDir Path dir) throws Exception {
        stored.add(event(EventType.PITCH, true));
        viewModel.refresh();
        viewModel.select(viewModel.items().get(0));
        Path file = dir.resolve("attendees.csv");
        boolean[] done = {false};
        viewModel.exportCsv(file, () -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFname,email\r\nZoë,z@x.org\r\n");
        assertThat(dialogs.notifications).singleElement().asString().contains("attendees.csv");
    }
}
