package org.smilefactory.server.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.events.AddAttendee;
import org.smilefactory.core.api.events.Attendance;
import org.smilefactory.core.api.events.ChangeAttendeeRole;
import org.smilefactory.core.api.events.AttendeePage;
import org.smilefactory.core.api.events.AttendeeQuery;
import org.smilefactory.core.api.events.CheckInResult;
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventPage;
import org.smilefactory.core.api.events.EventQuery;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.KioskAssignment;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.api.events.Ticket;
import org.smilefactory.core.api.events.WalkIn;
import org.smilefactory.core.remote.wire.CheckInRequest;
import org.smilefactory.core.remote.wire.EventStatusRequest;
import org.smilefactory.core.remote.wire.KioskAssignRequest;
import org.smilefactory.core.remote.wire.PinCheckResponse;
import org.smilefactory.core.remote.wire.PinRequest;
import org.smilefactory.core.remote.wire.TextDocument;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.events.EventService} over HTTP, kiosk check-in included. */
@RestController
@RequestMapping("/api/v1")
public class EventController {

    /** Upcoming events, soonest first, or past ones ({@code past=true}), most recent first; {@code types} and {@code statuses} may repeat. */
    @GetMapping("/events")
    public EventPage list(Session session,
                          @RequestParam(required = false) Set<EventType> types,
                          @RequestParam(required = false) Set<EventStatus> statuses,
                          @RequestParam(required = false) Instant from,
                          @RequestParam(required = false) Instant to,
                          @RequestParam(required = false) String cursor,
                          @RequestParam(defaultValue = "" + EventQuery.DEFAULT_LIMIT) int limit,
                          @RequestParam(defaultValue = "false") boolean past) {
        return session.events().list(new EventQuery(types == null ? Set.of() : types,
                statuses == null ? Set.of() : statuses, from, to, cursor, limit, past));
    }

    @GetMapping("/events/{eventId}")
    public EventView get(Session session, @PathVariable UUID eventId) {
        return session.events().get(eventId);
    }

    /** Creates a draft organised by the caller (the body's {@code eventId} is ignored). */
    @PostMapping("/events")
    public EventView create(Session session, @RequestBody SaveEvent command) {
        return session.events().save(withId(command, null));
    }

    /** Edits the event at the body's {@code expectedVersion}. */
    @PutMapping("/events/{eventId}")
    public EventView save(Session session, @PathVariable UUID eventId, @RequestBody SaveEvent command) {
        return session.events().save(withId(command, eventId));
    }

    @PostMapping("/events/{eventId}/status")
    public EventView changeStatus(Session session, @PathVariable UUID eventId, @RequestBody EventStatusRequest body) {
        return session.events().changeStatus(eventId, body.expectedVersion(), body.status());
    }

    @PostMapping("/events/{eventId}/registration")
    public Registration register(Session session, @PathVariable UUID eventId) {
        return session.events().register(eventId);
    }

    @DeleteMapping("/events/{eventId}/registration")
    public Registration cancelRegistration(Session session, @PathVariable UUID eventId) {
        return session.events().cancelRegistration(eventId);
    }

    @GetMapping("/events/{eventId}/ticket")
    public Ticket myTicket(Session session, @PathVariable UUID eventId) {
        return session.events().myTicket(eventId);
    }

    @PostMapping("/events/{eventId}/attendees")
    public Registration addAttendee(Session session, @PathVariable UUID eventId, @RequestBody AddAttendee command) {
        return session.events().addAttendee(eventId, command);
    }

    @GetMapping("/events/{eventId}/attendees")
    public AttendeePage attendees(Session session, @PathVariable UUID eventId,
                                  @RequestParam(required = false) String text,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(defaultValue = "" + AttendeeQuery.DEFAULT_LIMIT) int limit) {
        return session.events().attendees(eventId, new AttendeeQuery(text, cursor, limit));
    }

    /** The attendee list as CSV text inside JSON (the client reads every answer as JSON). */
    @PutMapping("/events/{eventId}/attendees/role")
    public Registration changeAttendeeRole(Session session, @PathVariable UUID eventId, @RequestBody ChangeAttendeeRole command) {
        return session.events().changeAttendeeRole(eventId, command);
    }

    @GetMapping("/events/{eventId}/attendance")
    public Attendance attendance(Session session, @PathVariable UUID eventId) {
        return session.events().attendance(eventId);
    }

    @GetMapping("/events/{eventId}/attendees/export")
    public TextDocument exportAttendees(Session session, @PathVariable UUID eventId) {
        return new TextDocument("text/csv", session.events().exportAttendeesCsv(eventId));
    }

    @PostMapping("/events/{eventId}/kiosks")
    public KioskAssignment createKiosk(Session session, @PathVariable UUID eventId, @RequestBody CreateKiosk command) {
        return session.events().createKiosk(eventId, command);
    }

    @GetMapping("/events/{eventId}/kiosks")
    public List<KioskAssignment> kiosks(Session session, @PathVariable UUID eventId) {
        return session.events().kiosks(eventId);
    }

    @PutMapping("/kiosks/{kioskId}/assignment")
    public KioskAssignment assignKiosk(Session session, @PathVariable UUID kioskId, @RequestBody KioskAssignRequest body) {
        return session.events().assignKiosk(kioskId, body.eventId(), body.exitPin());
    }

    @GetMapping("/kiosks/me/event")
    public EventView kioskEvent(Session session) {
        return session.events().kioskEvent();
    }

    @PostMapping("/kiosks/me/exit-pin")
    public PinCheckResponse verifyExitPin(Session session, @RequestBody PinRequest body) {
        return new PinCheckResponse(session.events().verifyExitPin(body.pin()));
    }

    /** One scan: a ticket code, or a registration picked from a name search. */
    @PostMapping("/events/{eventId}/check-ins")
    public CheckInResult checkIn(Session session, @PathVariable UUID eventId, @RequestBody CheckInRequest body) {
        return body.registrationId() != null
                ? session.events().checkInRegistration(eventId, body.registrationId())
                : session.events().checkIn(eventId, body.code());
    }

    @GetMapping("/events/{eventId}/check-ins/search")
    public List<Registration> findAttendees(Session session, @PathVariable UUID eventId,
                                            @RequestParam(required = false) String text) {
        return session.events().findAttendees(eventId, text);
    }

    @PostMapping("/events/{eventId}/walk-ins")
    public CheckInResult registerWalkIn(Session session, @PathVariable UUID eventId, @RequestBody WalkIn walkIn) {
        return session.events().registerWalkIn(eventId, walkIn);
    }

    private static SaveEvent withId(SaveEvent c, UUID id) {
        if (c == null) {
            return null;
        }
        return new SaveEvent(id, c.expectedVersion(), c.title(), c.description(), c.type(), c.start(), c.end(),
                c.timeZone(), c.location(), c.virtualMeetingUrl(), c.online(), c.capacity(), c.registrationDeadline(),
                c.price(), c.currency(), c.tags());
    }
}
