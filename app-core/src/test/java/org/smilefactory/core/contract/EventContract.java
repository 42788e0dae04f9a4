package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.events.AddAttendee;
import org.smilefactory.core.api.events.Attendance;
import org.smilefactory.core.api.events.ChangeAttendeeRole;
import org.smilefactory.core.api.events.AttendeePage;
import org.smilefactory.core.api.events.AttendeeQuery;
import org.smilefactory.core.api.events.AttendeeRole;
import org.smilefactory.core.api.events.CheckInOutcome;
import org.smilefactory.core.api.events.CheckInResult;
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventPage;
import org.smilefactory.core.api.events.EventQuery;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.KioskAssignment;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.RegistrationStatus;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.api.events.Ticket;
import org.smilefactory.core.api.events.WalkIn;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Events, registration with waitlist, tickets, attendee lists and kiosk check-in — on any backend. */
public abstract class EventContract extends ContractFixture {

    /** The hub's database, to check what the contract does not show (notifications, scan records). */
    protected abstract JdbcClient database();

    private static final String ZONE = "Africa/Harare";

    private static LocalDateTime inDays(int days) {
        return LocalDateTime.now(ZoneId.of(ZONE)).plusDays(days).truncatedTo(ChronoUnit.MINUTES).withHour(9).withMinute(0);
    }

    private static SaveEvent newEvent(String title, EventType type, Integer capacity, LocalDateTime start) {
        return new SaveEvent(null, 0, title, "All about " + title, type, start, start.plusHours(3), ZONE,
                "Harare Innovation Hub", null, false, capacity, null, new BigDecimal("10.00"), "USD", List.of("demo"));
    }

    private EventView published(Session organiser, String title, Integer capacity) {
        EventView draft = organiser.events().save(newEvent(title, EventType.MEETUP, capacity, inDays(10)));
        return organiser.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
    }

    private Session member(String first, String last) {
        return Hubs.member(backend, admin, Role.USER, first, last);
    }

    private Session staff() {
        return Hubs.member(backend, admin, Role.STAFF, "Stella", "Staff");
    }

    // ---- creating and editing ------------------------------------------------------------------

    @Test
    void anEventIsCreatedAsADraftInItsOwnTimeZoneAndEditedWithVersions() {
        Session organiser = member("Olga", "Organiser");
        LocalDateTime start = inDays(20).withHour(18);
        SaveEvent command = new SaveEvent(null, 0, "Fintech night", "Payments talk", EventType.NETWORKING, start,
                start.plusHours(2), "Europe/London", "Online", "https://meet.example.org/fintech", true, 40,
                start.minusDays(1), new BigDecimal("5.50"), "GBP", List.of("fintech", "payments"));
        EventView created = organiser.events().save(command);

        assertThat(created.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(created.organizerId()).isEqualTo(organiser.member().id());
        assertThat(created.canManage()).isTrue();
        assertThat(created.timeZone()).isEqualTo("Europe/London");
        assertThat(created.localStart()).isEqualTo(start);
        assertThat(created.start()).isEqualTo(start.atZone(ZoneId.of("Europe/London")).toInstant());
        assertThat(created.capacity()).isEqualTo(40);
        assertThat(created.price()).isEqualByComparingTo("5.50");
        assertThat(created.currency()).isEqualTo("GBP");
        assertThat(created.tags()).containsExactly("fintech", "payments");
        assertThat(created.online()).isTrue();

        SaveEvent edit = new SaveEvent(created.id(), created.version(), "Fintech night II", command.description(),
                command.type(), command.start(), command.end(), command.timeZone(), command.location(),
                command.virtualMeetingUrl(), true, 50, command.registrationDeadline(), command.price(), "GBP", command.tags());
        EventView edited = organiser.events().save(edit);
        assertThat(edited.title()).isEqualTo("Fintech night II");
        assertThat(edited.version()).isGreaterThan(created.version());

        // the same (now stale) version again: someone else saved in between
        assertThatThrownBy(() -> organiser.events().save(edit)).isInstanceOf(ConflictException.class);
        // another member may not edit it
        Session other = member("Otto", "Other");
        EventView published = organiser.events().changeStatus(edited.id(), edited.version(), EventStatus.PUBLISHED);
        SaveEvent hijack = new SaveEvent(published.id(), published.version(), "Mine now", null, EventType.NETWORKING,
                start, start.plusHours(1), ZONE, null, null, false, null, null, null, "USD", null);
        assertThatThrownBy(() -> other.events().save(hijack)).isInstanceOf(PermissionDeniedException.class);
        assertThat(organiser.events().get(published.id()).title()).isEqualTo("Fintech night II");
    }

    @Test
    void badInputReportsEveryFieldAtOnceAndWritesNothing() {
        Session organiser = member("Vera", "Validation");
        LocalDateTime start = inDays(5);
        SaveEvent bad = new SaveEvent(null, 0, " ", null, null, start, start.minusHours(1), "Mars/Olympus_Mons",
                null, "ftp://files", false, -1, start.plusDays(1), new BigDecimal("-1"), "usd", null);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> organiser.events().save(bad));
        assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "title", "type", "end", "timeZone", "virtualMeetingUrl", "capacity", "registrationDeadline", "price", "currency");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());

        // a fixed offset is not a time zone: it would not follow daylight saving
        SaveEvent offset = new SaveEvent(null, 0, "Offset", null, EventType.DEMO, start, start.plusHours(1), "+02:00",
                null, null, false, null, null, null, "USD", null);
        ValidationException o = catchThrowableOfType(ValidationException.class, () -> organiser.events().save(offset));
        assertThat(o.violations()).extracting(Violation::field).containsExactly("timeZone");

        EventPage mine = organiser.events().list(new EventQuery(Set.of(), Set.of(EventStatus.DRAFT), null, null, null, 100));
        assertThat(mine.items()).noneMatch(ev -> ev.organizerId().equals(organiser.member().id()));
    }

    // ---- lifecycle and visibility --------------------------------------------------------------

    @Test
    void onlyValidTransitionsByTheOrganiserOrStaff() {
        Session organiser = member("Lina", "Lifecycle");
        Session other = member("Max", "Member");
        EventView draft = organiser.events().save(newEvent("Lifecycle", EventType.WORKSHOP, 10, inDays(3)));

        assertThatThrownBy(() -> organiser.events().changeStatus(draft.id(), draft.version(), EventStatus.COMPLETED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("draft");
        EventView published = organiser.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
        assertThat(published.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThatThrownBy(() -> other.events().changeStatus(published.id(), published.version(), EventStatus.CANCELLED))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> organiser.events().changeStatus(published.id(), draft.version(), EventStatus.CANCELLED))
                .isInstanceOf(ConflictException.class);
        EventView completed = staff().events().changeStatus(published.id(), published.version(), EventStatus.COMPLETED);
        assertThat(completed.status()).isEqualTo(EventStatus.COMPLETED);
        assertThatThrownBy(() -> organiser.events().changeStatus(completed.id(), completed.version(), EventStatus.PUBLISHED))
                .isInstanceOf(ConflictException.class);

        EventView other2 = organiser.events().save(newEvent("Called off", EventType.WORKSHOP, 10, inDays(3)));
        EventView cancelled = organiser.events().changeStatus(other2.id(), other2.version(), EventStatus.CANCELLED);
        assertThatThrownBy(() -> organiser.events().changeStatus(cancelled.id(), cancelled.version(), EventStatus.PUBLISHED))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void draftsAreSeenOnlyByTheirOrganiserAndStaff() {
        Session organiser = member("Dora", "Drafter");
        Session other = member("Nia", "Nosy");
        LocalDateTime start = LocalDateTime.of(2031, 3, 3, 10, 0);
        EventView draft = organiser.events().save(newEvent("Secret draft", EventType.PITCH, null, start));
        EventQuery window = new EventQuery(Set.of(), Set.of(), start.minusDays(1).atZone(ZoneId.of(ZONE)).toInstant(),
                start.plusDays(1).atZone(ZoneId.of(ZONE)).toInstant(), null, 50);

        assertThat(other.events().list(window).items()).extracting(EventView::id).doesNotContain(draft.id());
        assertThatThrownBy(() -> other.events().get(draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.events().register(draft.id())).isInstanceOf(NotFoundException.class);
        assertThat(organiser.events().list(window).items()).extracting(EventView::id).contains(draft.id());
        assertThat(staff().events().get(draft.id()).title()).isEqualTo("Secret draft");
        // the organiser cannot register for their own draft either: it is not open
        assertThatThrownBy(() -> organiser.events().register(draft.id())).isInstanceOf(ConflictException.class);

        organiser.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
        assertThat(other.events().list(window).items()).extracting(EventView::id).contains(draft.id());
    }

    @Test
    void theListIsKeysetPagedSoonestFirstAndFiltersByTypeAndDate() {
        Session organiser = member("Pia", "Pager");
        LocalDateTime base = LocalDateTime.of(2032, 6, 1, 9, 0);
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            EventType type = i % 2 == 0 ? EventType.CONFERENCE : EventType.WEBINAR;
            EventView e = organiser.events().save(newEvent("Paged " + i, type, null, base.plusDays(i)));
            organiser.events().changeStatus(e.id(), e.version(), EventStatus.PUBLISHED);
            created.add(e.id());
        }
        Instant from = base.minusDays(1).atZone(ZoneId.of(ZONE)).toInstant();
        Instant to = base.plusDays(10).atZone(ZoneId.of(ZONE)).toInstant();
        Session reader = member("Rui", "Reader");
        List<UUID> seen = new ArrayList<>();
        EventQuery q = new EventQuery(Set.of(), Set.of(), from, to, null, 2);
        EventPage page;
        do {
            page = reader.events().list(q);
            assertThat(page.items().size()).isLessThanOrEqualTo(2);
            page.items().forEach(e -> seen.add(e.id()));
            q = q.withCursor(page.nextCursor());
        } while (page.nextCursor() != null);
        assertThat(seen).containsExactlyElementsOf(created);

        EventPage webinars = reader.events().list(new EventQuery(Set.of(EventType.WEBINAR), Set.of(), from, to, null, 50));
        assertThat(webinars.items()).extracting(EventView::id).containsExactly(created.get(1), created.get(3));
        Instant day3 = base.plusDays(2).atZone(ZoneId.of(ZONE)).toInstant();
        EventPage later = reader.events().list(new EventQuery(Set.of(), Set.of(), day3, to, null, 50));
        assertThat(later.items()).extracting(EventView::id).containsExactly(created.get(2), created.get(3), created.get(4));
        assertThatThrownBy(() -> reader.events().list(new EventQuery(Set.of(), Set.of(), from, to, "garbage!", 5)))
                .isInstanceOf(ValidationException.class);
    }

    // ---- registration and waitlist -------------------------------------------------------------

    @Test
    void registrationIsRefusedClearlyWhenNotOpenAfterTheDeadlineOrTwice() {
        Session organiser = member("Rita", "Rules");
        Session member = member("Mo", "Member");
        LocalDateTime start = inDays(4);
        SaveEvent closed = new SaveEvent(null, 0, "Closed early", null, EventType.MEETUP, start, start.plusHours(2), ZONE,
                null, null, false, 10, LocalDateTime.now(ZoneId.of(ZONE)).minusHours(1), null, "USD", null);
        EventView deadlinePassed = organiser.events().save(closed);
        organiser.events().changeStatus(deadlinePassed.id(), deadlinePassed.version(), EventStatus.PUBLISHED);
        assertThatThrownBy(() -> member.events().register(deadlinePassed.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("closed");

        EventView cancelled = organiser.events().save(newEvent("Cancelled", EventType.MEETUP, 10, start));
        organiser.events().changeStatus(cancelled.id(), cancelled.version(), EventStatus.CANCELLED);
        assertThatThrownBy(() -> member.events().register(cancelled.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not open");

        EventView open = published(organiser, "Open", 10);
        Registration first = member.events().register(open.id());
        assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(first.role()).isEqualTo(AttendeeRole.ATTENDEE);
        assertThatThrownBy(() -> member.events().register(open.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already registered");
        assertThat(member.events().get(open.id()).confirmed()).isEqualTo(1);
        assertThatThrownBy(() -> member.events().register(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void whenFullNewRegistrationsGoToTheWaitlistAndTheEarliestIsPromotedWithANotification() {
        Session organiser = member("Wanda", "Waitlist");
        EventView event = published(organiser, "Small room", 2);
        Session a = member("Amy", "First");
        Session b = member("Ben", "Second");
        Session c = member("Cal", "Third");
        Session d = member("Dee", "Fourth");

        assertThat(a.events().register(event.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(b.events().register(event.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        Registration waitC = c.events().register(event.id());
        assertThat(waitC.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(waitC.waitlistedAt()).isNotNull();
        assertThat(d.events().register(event.id()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        EventView full = d.events().get(event.id());
        assertThat(full.confirmed()).isEqualTo(2);
        assertThat(full.waitlisted()).isEqualTo(2);
        assertThat(full.hasPlaces()).isFalse();
        assertThat(full.myRegistration().status()).isEqualTo(RegistrationStatus.WAITLISTED);

        Registration cancelled = a.events().cancelRegistration(event.id());
        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        // Cal waited longest: promoted in the same transaction, Dee still waits
        assertThat(c.events().get(event.id()).myRegistration().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(d.events().get(event.id()).myRegistration().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        EventView after = organiser.events().get(event.id());
        assertThat(after.confirmed()).isEqualTo(2);
        assertThat(after.waitlisted()).isEqualTo(1);
        assertThat(notifications(c.member().id(), "waitlist_promoted", event.id())).isEqualTo(1);
        assertThat(notifications(d.member().id(), "waitlist_promoted", event.id())).isZero();

        // cancelling a waitlist place frees nothing; cancelling twice is an error
        d.events().cancelRegistration(event.id());
        assertThat(organiser.events().get(event.id()).confirmed()).isEqualTo(2);
        assertThatThrownBy(() -> d.events().cancelRegistration(event.id())).isInstanceOf(NotFoundException.class);
        // a cancelled member may register again (the event is full: the waitlist)
        assertThat(a.events().register(event.id()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(countConfirmed(event.id())).isEqualTo(organiser.events().get(event.id()).confirmed());
    }

    @Test
    void raisingTheCapacityPromotesFromTheWaitlist() {
        Session organiser = member("Cara", "Capacity");
        EventView event = published(organiser, "Growing room", 1);
        Session a = member("Ann", "One");
        Session b = member("Bob", "Two");
        a.events().register(event.id());
        assertThat(b.events().register(event.id()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        EventView current = organiser.events().get(event.id());
        organiser.events().save(new SaveEvent(current.id(), current.version(), current.title(), current.description(),
                current.type(), current.localStart(), current.localEnd(), current.timeZone(), current.location(), null,
                false, 2, null, current.price(), current.currency(), current.tags()));
        assertThat(b.events().get(event.id()).myRegistration().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(notifications(b.member().id(), "waitlist_promoted", event.id())).isEqualTo(1);
    }

    @Test
    void manyPeopleTakingTheLastPlaceAtOnceOnlyOneGetsIt() throws Exception {
        Session organiser = member("Lars", "LastPlace");
        EventView event = published(organiser, "Last place", 1);
        int n = 6;
        List<Session> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(member("Racer" + i, "Concurrent"));
        }
        List<Registration> results = runTogether(people.stream()
                .map(s -> (Callable<Registration>) () -> s.events().register(event.id())).toList());
        assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(1);
        assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED).hasSize(n - 1);
        assertThat(organiser.events().get(event.id()).confirmed()).isEqualTo(1);
        assertThat(countConfirmed(event.id())).isEqualTo(1);
    }

    @Test
    void speakersAndSponsorsAreConfirmedOverCapacityByTheOrganiser() {
        Session organiser = member("Sam", "Speakers");
        EventView event = published(organiser, "Keynote", 1);
        Session attendee = member("Ada", "Attendee");
        Session speaker = member("Spe", "Aker");
        attendee.events().register(event.id());
        Registration added = organiser.events().addAttendee(event.id(), new AddAttendee(speaker.member().id(), AttendeeRole.SPEAKER));
        assertThat(added.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(added.role()).isEqualTo(AttendeeRole.SPEAKER);
        assertThat(added.ticketCode()).isNull();
        assertThat(speaker.events().myTicket(event.id()).role()).isEqualTo(AttendeeRole.SPEAKER);
        assertThat(organiser.events().get(event.id()).confirmed()).isEqualTo(2);
        assertThatThrownBy(() -> attendee.events().addAttendee(event.id(), new AddAttendee(attendee.member().id(), AttendeeRole.SPONSOR)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> organiser.events().addAttendee(event.id(), new AddAttendee(speaker.member().id(), AttendeeRole.SPONSOR)))
                .isInstanceOf(ConflictException.class);
    }

    // ---- tickets and attendee lists ------------------------------------------------------------

    @Test
    void everyRegistrationHasItsOwnUnguessableTicket() {
        Session organiser = member("Tia", "Tickets");
        EventView event = published(organiser, "Ticketed", null);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            Session s = member("Holder" + i, "Ticket");
            Registration r = s.events().register(event.id());
            Ticket t = s.events().myTicket(event.id());
            assertThat(t.code()).isEqualTo(r.ticketCode()).matches("[A-Za-z0-9_-]{24}");
            assertThat(t.eventTitle()).isEqualTo("Ticketed");
            assertThat(t.memberName()).isEqualTo("Holder" + i + " Ticket");
            assertThat(t.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            codes.add(t.code());
        }
        assertThat(codes).hasSize(4);
        assertThatThrownBy(() -> organiser.events().myTicket(event.id())).isInstanceOf(NotFoundException.class);
        // attendee lists never carry other people's codes
        assertThat(organiser.events().attendees(event.id(), AttendeeQuery.all()).items())
                .allSatisfy(r -> assertThat(r.ticketCode()).isNull());
    }

    @Test
    void theOrganiserPagesTheAttendeeListAndExportsItAsCsv() {
        Session organiser = member("Ola", "Lists");
        EventView event = published(organiser, "Listed", null);
        Session tricky = member("Zed", "O\"Neil, Jr");
        Session formula = member("=HYPERLINK(1)", "Evil");
        Session plain = member("Abe", "Plain");
        tricky.events().register(event.id());
        formula.events().register(event.id());
        plain.events().register(event.id());

        List<String> names = new ArrayList<>();
        AttendeeQuery q = new AttendeeQuery(null, null, 2);
        AttendeePage page;
        do {
            page = organiser.events().attendees(event.id(), q);
            page.items().forEach(r -> names.add(r.memberName()));
            q = new AttendeeQuery(null, page.nextCursor(), 2);
        } while (page.nextCursor() != null);
        // (where "=HYPERLINK" sorts depends on the database's collation; letters sort alike everywhere)
        assertThat(names).containsExactlyInAnyOrder("=HYPERLINK(1) Evil", "Abe Plain", "Zed O\"Neil, Jr");
        assertThat(names.indexOf("Abe Plain")).isLessThan(names.indexOf("Zed O\"Neil, Jr"));
        assertThat(organiser.events().attendees(event.id(), new AttendeeQuery("plain", null, 10)).items())
                .extracting(Registration::memberName).containsExactly("Abe Plain");

        String csv = organiser.events().exportAttendeesCsv(event.id());
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("name,email,role,status,registered_at,waitlisted_at,checked_in_at");
        assertThat(lines).hasSize(4);
        assertThat(csv).contains("\"Zed O\"\"Neil, Jr\"," + tricky.member().email() + ",attendee,confirmed,");
        assertThat(csv).contains("'=HYPERLINK(1) Evil,");

        assertThatThrownBy(() -> plain.events().attendees(event.id(), AttendeeQuery.all())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> plain.events().exportAttendeesCsv(event.id())).isInstanceOf(PermissionDeniedException.class);
        assertThat(staff().events().exportAttendeesCsv(event.id())).isEqualTo(csv);
    }

    // ---- kiosk -----------------------------------------------------------------------------------

    private record Kiosk(Session session, KioskAssignment assignment) {
    }

    private Kiosk kiosk(Session staff, UUID eventId, String pin) {
        String email = Hubs.uniqueEmail("kiosk");
        KioskAssignment a = staff.events().createKiosk(eventId, new CreateKiosk(email, Hubs.MEMBER_PASSWORD, "Door 1", pin));
        Session session = backend.signIn(email, Hubs.MEMBER_PASSWORD);
        assertThat(session.member().role()).isEqualTo(Role.KIOSK);
        return new Kiosk(session, a);
    }

    @Test
    void aKioskChecksInEveryKindOfScanAndRecordsEachOne() {
        Session staff = staff();
        EventView event = published(staff, "Checked", 2);
        EventView elsewhere = published(staff, "Elsewhere", null);
        Kiosk kiosk = kiosk(staff, event.id(), "2468");
        assertThat(kiosk.assignment().eventId()).isEqualTo(event.id());
        assertThat(kiosk.session().events().kioskEvent().id()).isEqualTo(event.id());
        assertThat(staff.events().kiosks(event.id())).extracting(KioskAssignment::kioskId).containsExactly(kiosk.assignment().kioskId());

        Session guest = member("Grace", "Guest");
        Session late = member("Leo", "Late");
        Session third = member("Tom", "Waiting");
        Session other = member("Olu", "Otherwhere");
        String code = guest.events().register(event.id()).ticketCode();
        String lateCode = late.events().register(event.id()).ticketCode();
        String waitCode = third.events().register(event.id()).ticketCode();
        String otherCode = other.events().register(elsewhere.id()).ticketCode();
        late.events().cancelRegistration(event.id());   // promotes Tom
        String cancelledCode = lateCode;
        Session fourth = member("Fay", "Fourth");
        String fourthCode = fourth.events().register(event.id()).ticketCode();  // full: waitlisted

        var k = kiosk.session().events();
        CheckInResult first = k.checkIn(event.id(), code + "\n");
        assertThat(first.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(first.memberName()).isEqualTo("Grace Guest");
        assertThat(first.role()).isEqualTo(AttendeeRole.ATTENDEE);
        assertThat(first.firstCheckInAt()).isNotNull();

        CheckInResult again = k.checkIn(event.id(), code);
        assertThat(again.outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        assertThat(again.firstCheckInAt()).isEqualTo(first.firstCheckInAt());
        assertThat(again.memberName()).isEqualTo("Grace Guest");

        assertThat(k.checkIn(event.id(), "not-a-ticket-%%%").outcome()).isEqualTo(CheckInOutcome.UNKNOWN_CODE);
        assertThat(k.checkIn(event.id(), "").outcome()).isEqualTo(CheckInOutcome.UNKNOWN_CODE);
        assertThat(k.checkIn(event.id(), otherCode).outcome()).isEqualTo(CheckInOutcome.NOT_REGISTERED);
        assertThat(k.checkIn(event.id(), cancelledCode).outcome()).isEqualTo(CheckInOutcome.CANCELLED);
        CheckInResult waiting = k.checkIn(event.id(), fourthCode);
        assertThat(waiting.outcome()).isEqualTo(CheckInOutcome.WAITLISTED);
        assertThat(waiting.memberName()).isEqualTo("Fay Fourth");
        assertThat(k.checkIn(event.id(), waitCode).outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);

        assertThat(database().sql("SELECT outcome FROM event_check_in_scans WHERE event_id = ? ORDER BY scanned_at, outcome")
                .param(event.id()).query(String.class).list())
                .containsExactlyInAnyOrder("checked_in", "duplicate", "invalid", "invalid", "not_registered", "cancelled",
                        "waitlisted", "checked_in");
        assertThat(staff.events().attendees(event.id(), new AttendeeQuery("Grace", null, 5)).items().get(0).checkedInAt())
                .isEqualTo(first.firstCheckInAt());
    }

    @Test
    void aKioskAccountCanDoNothingButCheckInAtItsOwnEvent() {
        Session staff = staff();
        EventView event = published(staff, "Kiosk only", null);
        EventView elsewhere = published(staff, "Not yours", null);
        Kiosk kiosk = kiosk(staff, event.id(), "1357");
        var k = kiosk.session().events();
        EventView current = staff.events().get(event.id());
        SaveEvent edit = new SaveEvent(current.id(), current.version(), "Hacked", null, current.type(), current.localStart(),
                current.localEnd(), current.timeZone(), null, null, false, null, null, null, "USD", null);

        assertThatThrownBy(() -> k.save(edit)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> k.changeStatus(event.id(), current.version(), EventStatus.CANCELLED)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> k.checkIn(elsewhere.id(), "anything")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> k.findAttendees(elsewhere.id(), "a")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> k.registerWalkIn(elsewhere.id(), new WalkIn("W", "I", Hubs.uniqueEmail("w"))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> k.list(EventQuery.upcoming())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> k.get(event.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> k.register(event.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> k.attendees(event.id(), AttendeeQuery.all())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> k.exportAttendeesCsv(event.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> k.createKiosk(event.id(), new CreateKiosk(Hubs.uniqueEmail("k2"), Hubs.MEMBER_PASSWORD, "K", "1234")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> kiosk.session().profiles().directory(new org.smilefactory.core.api.profiles.DirectoryQuery(null, Set.of(), null, null, null, 10)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(staff.events().get(event.id()).title()).isEqualTo("Kiosk only");

        // members cannot make kiosks; a kiosk moved to another event checks in there only
        Session member = member("Nat", "Notstaff");
        assertThatThrownBy(() -> member.events().createKiosk(event.id(), new CreateKiosk(Hubs.uniqueEmail("k3"), Hubs.MEMBER_PASSWORD, "K", "1234")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> member.events().checkIn(event.id(), "x")).isInstanceOf(PermissionDeniedException.class);
        staff.events().assignKiosk(kiosk.assignment().kioskId(), elsewhere.id(), "9999");
        assertThat(k.kioskEvent().id()).isEqualTo(elsewhere.id());
        assertThatThrownBy(() -> k.checkIn(event.id(), "x")).isInstanceOf(PermissionDeniedException.class);
        assertThat(k.checkIn(elsewhere.id(), "x").outcome()).isEqualTo(CheckInOutcome.UNKNOWN_CODE);
    }

    @Test
    void theKioskFindsPeopleByNameOrEmailAndRegistersWalkInsWhileThereArePlaces() {
        Session staff = staff();
        EventView event = published(staff, "Walk-ins", 2);
        Kiosk kiosk = kiosk(staff, event.id(), "8642");
        var k = kiosk.session().events();
        Session nomsa = member("Nomsa", "Moyo");
        nomsa.events().register(event.id());

        List<Registration> found = k.findAttendees(event.id(), "nomsa");
        assertThat(found).extracting(Registration::memberName).containsExactly("Nomsa Moyo");
        assertThat(k.findAttendees(event.id(), nomsa.member().email())).hasSize(1);
        assertThat(k.findAttendees(event.id(), "moyo")).extracting(Registration::memberName).containsExactly("Nomsa Moyo");
        assertThat(k.findAttendees(event.id(), "  ")).isEmpty();
        assertThat(found.get(0).ticketCode()).isNull();
        CheckInResult byName = k.checkInRegistration(event.id(), found.get(0).id());
        assertThat(byName.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(k.checkInRegistration(event.id(), found.get(0).id()).outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);

        CheckInResult unknown = k.checkIn(event.id(), "garbage");
        assertThat(unknown.placesLeft()).isEqualTo(1);
        assertThat(unknown.walkInPossible()).isTrue();
        String email = Hubs.uniqueEmail("walkin");
        CheckInResult walkIn = k.registerWalkIn(event.id(), new WalkIn("Wally", "Walker", email));
        assertThat(walkIn.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(walkIn.memberName()).isEqualTo("Wally Walker");
        assertThat(walkIn.placesLeft()).isZero();
        assertThat(staff.events().get(event.id()).confirmed()).isEqualTo(2);

        ValidationException bad = catchThrowableOfType(ValidationException.class,
                () -> k.registerWalkIn(event.id(), new WalkIn("", "X", "not-an-email")));
        assertThat(bad.violations()).extracting(Violation::field).containsExactlyInAnyOrder("firstName", "email");
        assertThatThrownBy(() -> k.registerWalkIn(event.id(), new WalkIn("Too", "Many", Hubs.uniqueEmail("full"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("full");
    }

    @Test
    void theSameTicketScannedAtTwoDoorsAtOnceChecksInOnce() throws Exception {
        Session staff = staff();
        EventView event = published(staff, "Two doors", null);
        Kiosk door1 = kiosk(staff, event.id(), "1111");
        Kiosk door2 = kiosk(staff, event.id(), "2222");
        for (int round = 0; round < 5; round++) {
            Session guest = member("Dual" + round, "Door");
            String code = guest.events().register(event.id()).ticketCode();
            List<CheckInResult> results = runTogether(List.of(
                    () -> door1.session().events().checkIn(event.id(), code),
                    () -> door2.session().events().checkIn(event.id(), code)));
            assertThat(results).extracting(CheckInResult::outcome)
                    .containsExactlyInAnyOrder(CheckInOutcome.CHECKED_IN, CheckInOutcome.ALREADY_CHECKED_IN);
            assertThat(results.get(0).firstCheckInAt()).isEqualTo(results.get(1).firstCheckInAt());
        }
    }

    @Test
    void theExitPinIsCheckedAgainstItsHash() {
        Session staff = staff();
        EventView event = published(staff, "Pinned", null);
        ValidationException badPin = catchThrowableOfType(ValidationException.class, () -> staff.events().createKiosk(event.id(),
                new CreateKiosk(Hubs.uniqueEmail("kp"), Hubs.MEMBER_PASSWORD, "Door", "12a")));
        assertThat(badPin.violations()).extracting(Violation::field).containsExactly("exitPin");
        Kiosk kiosk = kiosk(staff, event.id(), "4321");
        assertThat(kiosk.session().events().verifyExitPin("0000")).isFalse();
        assertThat(kiosk.session().events().verifyExitPin("4321")).isTrue();
        // five wrong PINs in a row lock the prompt: then even the right one is refused for a while
        for (int i = 0; i < 5; i++) {
            assertThat(kiosk.session().events().verifyExitPin("000" + i)).isFalse();
        }
        assertThat(kiosk.session().events().verifyExitPin("4321")).isFalse();
        staff.events().assignKiosk(kiosk.assignment().kioskId(), event.id(), "8765");
        assertThat(kiosk.session().events().verifyExitPin("4321")).isFalse();
        assertThat(kiosk.session().events().verifyExitPin("8765")).isTrue();
        assertThat(database().sql("SELECT exit_pin_hash FROM kiosk_assignments WHERE kiosk_id = ?")
                .param(kiosk.assignment().kioskId()).query(String.class).single()).doesNotContain("4321").startsWith("$2");
        assertThatThrownBy(() -> staff.events().verifyExitPin("4321")).isInstanceOf(PermissionDeniedException.class);
    }

    // ---- past events, attendance, roles (issue 15) ----------------------------------------------

    private EventView pastEvent(Session organiser, String title, Integer capacity, LocalDateTime start) {
        EventView draft = organiser.events().save(newEvent(title, EventType.MEETUP, capacity, start));
        return organiser.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
    }

    @Test
    void pastEventsAreListedMostRecentFirstWithinADateRangeIncludingCompletedAndCancelledOnes() {
        Session organiser = staff();
        LocalDateTime base = LocalDateTime.of(2019, 2, 1, 9, 0);
        EventView ended = pastEvent(organiser, "Ended meetup", null, base);
        EventView completed = pastEvent(organiser, "Completed summit", null, base.plusDays(3));
        completed = organiser.events().changeStatus(completed.id(), completed.version(), EventStatus.COMPLETED);
        EventView cancelledDraft = organiser.events().save(newEvent("Called-off workshop", EventType.WORKSHOP, null, base.plusDays(5)));
        organiser.events().changeStatus(cancelledDraft.id(), cancelledDraft.version(), EventStatus.CANCELLED);
        EventView outside = pastEvent(organiser, "Too early", null, base.minusDays(20));
        EventView draftLeftBehind = organiser.events().save(newEvent("Forgotten draft", EventType.MEETUP, null, base.plusDays(1)));
        // cancelled but in the future: history too, shown when the range covers it
        EventView futureCancelled = organiser.events().save(newEvent("Future but cancelled", EventType.MEETUP, null, inDays(30)));
        futureCancelled = organiser.events().changeStatus(futureCancelled.id(), futureCancelled.version(), EventStatus.CANCELLED);

        Instant from = base.minusDays(1).atZone(ZoneId.of(ZONE)).toInstant();
        Instant to = base.plusDays(10).atZone(ZoneId.of(ZONE)).toInstant();
        Session reader = member("Hana", "History");
        List<UUID> seen = new ArrayList<>();
        EventQuery q = new EventQuery(Set.of(), Set.of(), from, to, null, 2, true);
        EventPage page;
        int pages = 0;
        do {
            page = reader.events().list(q);
            assertThat(page.items().size()).isLessThanOrEqualTo(2);
            page.items().forEach(e -> seen.add(e.id()));
            q = q.withCursor(page.nextCursor());
            pages++;
        } while (page.nextCursor() != null);
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly(cancelledDraft.id(), completed.id(), ended.id());
        assertThat(reader.events().list(EventQuery.past(from, to)).items()).extracting(EventView::status)
                .containsExactly(EventStatus.CANCELLED, EventStatus.COMPLETED, EventStatus.PUBLISHED);
        // not in the range, a draft, and the upcoming list does not show them
        assertThat(organiser.events().list(EventQuery.past(from, to)).items()).extracting(EventView::id)
                .doesNotContain(outside.id(), draftLeftBehind.id());
        assertThat(reader.events().list(new EventQuery(Set.of(), Set.of(), null, null, null, 100)).items())
                .extracting(EventView::id).doesNotContain(ended.id(), completed.id(), cancelledDraft.id());
        UUID futureId = futureCancelled.id();
        assertThat(reader.events().list(EventQuery.past(null, null).withCursor(null)).items().stream()
                .map(EventView::id).toList()).contains(futureId);
        assertThat(reader.events().list(EventQuery.upcoming()).items()).extracting(EventView::id).doesNotContain(futureId);
        // open-ended: everything before the end of the range
        assertThat(reader.events().list(new EventQuery(Set.of(), Set.of(), null, to, null, 100, true)).items())
                .extracting(EventView::id).contains(outside.id(), ended.id()).doesNotContain(futureId);
    }

    @Test
    void theAttendanceOfAPastEventCountsRegisteredCheckedInNoShowsWalkInsAndDuplicateScans() {
        Session staff = staff();
        EventView event = pastEvent(staff, "Counted", 6, LocalDateTime.of(2020, 5, 4, 9, 0));
        Kiosk kiosk = kiosk(staff, event.id(), "5555");
        var k = kiosk.session().events();
        List<Session> people = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String name : List.of("Ann", "Ben", "Cat", "Dan", "Eve")) {
            Session s = member(name, "Counted");
            people.add(s);
            codes.add(s.events().register(event.id()).ticketCode());
        }
        Session leaver = member("Fred", "Leaver");
        leaver.events().register(event.id());
        leaver.events().cancelRegistration(event.id());

        assertThat(k.checkIn(event.id(), codes.get(0)).outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(k.checkIn(event.id(), codes.get(0)).outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        UUID ben = k.findAttendees(event.id(), "Ben Counted").get(0).id();
        assertThat(k.checkInRegistration(event.id(), ben).outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(k.checkInRegistration(event.id(), ben).outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        assertThat(staff.events().checkIn(event.id(), codes.get(2)).outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(k.checkIn(event.id(), "nonsense-code").outcome()).isEqualTo(CheckInOutcome.UNKNOWN_CODE);
        assertThat(k.registerWalkIn(event.id(), new WalkIn("Walt", "Walkin", Hubs.uniqueEmail("walt"))).outcome())
                .isEqualTo(CheckInOutcome.CHECKED_IN);
        Session late = member("Gus", "Waiting");
        assertThat(late.events().register(event.id()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        EventView current = staff.events().get(event.id());
        staff.events().changeStatus(event.id(), current.version(), EventStatus.COMPLETED);

        Attendance a = staff.events().attendance(event.id());
        assertThat(a.eventId()).isEqualTo(event.id());
        assertThat(a.registered()).isEqualTo(5);
        assertThat(a.checkedIn()).isEqualTo(4);
        assertThat(a.noShows()).isEqualTo(2);
        assertThat(a.walkIns()).isEqualTo(1);
        assertThat(a.duplicateScans()).isEqualTo(2);
        assertThat(a.waitlisted()).isEqualTo(1);
        assertThat(a.cancelled()).isEqualTo(1);
        assertThat(a.checkedIn()).isEqualTo(a.registered() - a.noShows() + a.walkIns());
        // the CSV export of a completed event still works
        assertThat(staff.events().exportAttendeesCsv(event.id()).split("\r\n")).hasSize(1 + 8);

        // a member who does not run the event, and the kiosk, may not see it
        assertThatThrownBy(() -> people.get(3).events().attendance(event.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> k.attendance(event.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> staff.events().attendance(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void staffAddSpeakersAndSponsorsAndChangeRolesAndEachChangeIsAudited() {
        Session staff = staff();
        EventView event = published(staff, "Roles", 1);
        Session speaker = member("Sol", "Speaker");
        Session sponsor = member("Spo", "Nsor");
        Session first = member("Fia", "First");
        Session waiting = member("Wim", "Waiting");
        first.events().register(event.id());
        Registration waitlisted = waiting.events().register(event.id());
        assertThat(waitlisted.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        Registration s = staff.events().addAttendee(event.id(), new AddAttendee(speaker.member().id(), AttendeeRole.SPEAKER));
        Registration sp = staff.events().addAttendee(event.id(), new AddAttendee(sponsor.member().id(), AttendeeRole.SPONSOR));
        assertThat(s.role()).isEqualTo(AttendeeRole.SPEAKER);
        assertThat(sp.role()).isEqualTo(AttendeeRole.SPONSOR);
        assertThat(sp.status()).isEqualTo(RegistrationStatus.CONFIRMED);

        // a waitlisted attendee made a speaker takes a place over capacity, as addAttendee would
        Registration promoted = staff.events().changeAttendeeRole(event.id(),
                new ChangeAttendeeRole(waitlisted.id(), waitlisted.version(), AttendeeRole.SPEAKER));
        assertThat(promoted.role()).isEqualTo(AttendeeRole.SPEAKER);
        assertThat(promoted.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(promoted.version()).isGreaterThan(waitlisted.version());
        assertThat(waiting.events().myTicket(event.id()).role()).isEqualTo(AttendeeRole.SPEAKER);
        assertThatThrownBy(() -> staff.events().changeAttendeeRole(event.id(),
                new ChangeAttendeeRole(waitlisted.id(), waitlisted.version(), AttendeeRole.SPONSOR)))
                .isInstanceOf(ConflictException.class);
        Registration back = staff.events().changeAttendeeRole(event.id(),
                new ChangeAttendeeRole(promoted.id(), promoted.version(), AttendeeRole.ATTENDEE));
        assertThat(back.role()).isEqualTo(AttendeeRole.ATTENDEE);
        assertThat(back.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(staff.events().attendees(event.id(), new AttendeeQuery("Wim", null, 5)).items())
                .extracting(Registration::role).containsExactly(AttendeeRole.ATTENDEE);

        // a member who does not run the event may do neither
        Registration firstReg = staff.events().attendees(event.id(), new AttendeeQuery("Fia", null, 5)).items().get(0);
        assertThatThrownBy(() -> first.events().changeAttendeeRole(event.id(),
                new ChangeAttendeeRole(firstReg.id(), firstReg.version(), AttendeeRole.SPONSOR)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> first.events().addAttendee(event.id(), new AddAttendee(first.member().id(), AttendeeRole.SPEAKER)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> staff.events().changeAttendeeRole(event.id(),
                new ChangeAttendeeRole(UUID.randomUUID(), 0, AttendeeRole.SPONSOR))).isInstanceOf(NotFoundException.class);
        ValidationException missing = catchThrowableOfType(ValidationException.class, () -> staff.events()
                .changeAttendeeRole(event.id(), new ChangeAttendeeRole(firstReg.id(), firstReg.version(), null)));
        assertThat(missing.violations()).extracting(Violation::field).containsExactly("role");

        Kiosk kiosk = kiosk(staff, event.id(), "7777");
        assertThatThrownBy(() -> kiosk.session().events().changeAttendeeRole(event.id(),
                new ChangeAttendeeRole(firstReg.id(), firstReg.version(), AttendeeRole.SPONSOR)))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(audit("event.attendee.add", s.id())).containsExactly(staff.member().id());
        assertThat(audit("event.attendee.add", sp.id())).containsExactly(staff.member().id());
        assertThat(audit("event.attendee.role", waitlisted.id())).containsExactly(staff.member().id(), staff.member().id());
        assertThat(database().sql("SELECT after_data->>'role' FROM audit_log WHERE action = 'event.attendee.role' AND entity_id = ? ORDER BY created_at, id")
                .param(waitlisted.id()).query(String.class).list()).containsExactlyInAnyOrder("speaker", "attendee");
        assertThat(database().sql("SELECT count(*) FROM audit_log WHERE action = 'kiosk.create' AND entity_id = ? AND actor_id = ?"
                        + " AND after_data->>'kiosk' = ?")
                .params(event.id(), staff.member().id(), kiosk.assignment().kioskId().toString()).query(Long.class).single())
                .isEqualTo(1);

        // over: no more role changes
        EventView now = staff.events().get(event.id());
        staff.events().changeStatus(event.id(), now.version(), EventStatus.COMPLETED);
        Registration fresh = staff.events().attendees(event.id(), new AttendeeQuery("Fia", null, 5)).items().get(0);
        assertThatThrownBy(() -> staff.events().changeAttendeeRole(event.id(),
                new ChangeAttendeeRole(fresh.id(), fresh.version(), AttendeeRole.SPONSOR))).isInstanceOf(ConflictException.class);
    }

    @Test
    void beforeSignInADoorLearnsTheTitleOnlyOfAPublishedEventThatHasAKiosk() {
        Session staff = staff();
        EventView event = published(staff, "Door title", null);
        assertThat(backend.kioskStart(event.id())).isEmpty();
        kiosk(staff, event.id(), "3141");
        assertThat(backend.kioskStart(event.id())).hasValueSatisfying(k -> {
            assertThat(k.eventId()).isEqualTo(event.id());
            assertThat(k.title()).isEqualTo("Door title");
            assertThat(k.start()).isEqualTo(event.start());
            assertThat(k.timeZone()).isEqualTo(ZONE);
        });
        assertThat(backend.kioskStart(UUID.randomUUID())).isEmpty();
        EventView draft = staff.events().save(newEvent("Door draft", EventType.MEETUP, null, inDays(3)));
        kiosk(staff, draft.id(), "2718");
        assertThat(backend.kioskStart(draft.id())).isEmpty();
        EventView current = staff.events().get(event.id());
        staff.events().changeStatus(event.id(), current.version(), EventStatus.COMPLETED);
        assertThat(backend.kioskStart(event.id())).isEmpty();
    }

    private List<UUID> audit(String action, UUID entity) {
        return database().sql("SELECT actor_id FROM audit_log WHERE action = ? AND entity_id = ? ORDER BY created_at, id")
                .params(action, entity).query(UUID.class).list();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private long notifications(UUID member, String type, UUID eventId) {
        return database().sql("SELECT count(*) FROM notifications WHERE user_id = ? AND notification_type = ? AND entity_id = ?")
                .params(member, type, eventId).query(Long.class).single();
    }

    private long countConfirmed(UUID eventId) {
        return database().sql("SELECT count(*) FROM event_attendees WHERE event_id = ? AND status = 'confirmed'")
                .param(eventId).query(Long.class).single();
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
