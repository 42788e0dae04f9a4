package org.smilefactory.core.remote;

import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.events.AddAttendee;
import org.smilefactory.core.api.events.Attendance;
import org.smilefactory.core.api.events.ChangeAttendeeRole;
import org.smilefactory.core.api.events.AttendeePage;
import org.smilefactory.core.api.events.AttendeeQuery;
import org.smilefactory.core.api.events.CheckInResult;
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventPage;
import org.smilefactory.core.api.events.EventQuery;
import org.smilefactory.core.api.events.EventService;
import org.smilefactory.core.api.events.EventStatus;
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

/** {@link EventService} over app-server's REST API. */
final class RemoteEventService implements EventService {

    private final Calls calls;

    RemoteEventService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public EventPage list(EventQuery query) {
        EventQuery q = query == null ? EventQuery.upcoming() : query;
        return calls.call("GET", "events")
                .query("types", q.types())
                .query("statuses", q.statuses())
                .query("from", q.from())
                .query("to", q.to())
                .query("cursor", q.cursor())
                .query("limit", q.limit())
                .query("past", q.past() ? Boolean.TRUE : null)
                .as(EventPage.class);
    }

    @Override
    public EventView get(UUID eventId) {
        return calls.call("GET", "events/" + eventId).as(EventView.class);
    }

    @Override
    public EventView save(SaveEvent command) {
        if (command != null && command.eventId() != null) {
            return calls.call("PUT", "events/" + command.eventId()).body(command).as(EventView.class);
        }
        return calls.call("POST", "events").body(command).as(EventView.class);
    }

    @Override
    public EventView changeStatus(UUID eventId, long expectedVersion, EventStatus status) {
        return calls.call("POST", "events/" + eventId + "/status").body(new EventStatusRequest(expectedVersion, status))
                .as(EventView.class);
    }

    @Override
    public Registration register(UUID eventId) {
        return calls.call("POST", "events/" + eventId + "/registration").as(Registration.class);
    }

    @Override
    public Registration cancelRegistration(UUID eventId) {
        return calls.call("DELETE", "events/" + eventId + "/registration").as(Registration.class);
    }

    @Override
    public Registration addAttendee(UUID eventId, AddAttendee command) {
        return calls.call("POST", "events/" + eventId + "/attendees").body(command).as(Registration.class);
    }

    @Override
    public Registration changeAttendeeRole(UUID eventId, ChangeAttendeeRole command) {
        return calls.call("PUT", "events/" + eventId + "/attendees/role").body(command).as(Registration.class);
    }

    @Override
    public Attendance attendance(UUID eventId) {
        return calls.call("GET", "events/" + eventId + "/attendance").as(Attendance.class);
    }

    @Override
    public Ticket myTicket(UUID eventId) {
        return calls.call("GET", "events/" + eventId + "/ticket").as(Ticket.class);
    }

    @Override
    public AttendeePage attendees(UUID eventId, AttendeeQuery query) {
        AttendeeQuery q = query == null ? AttendeeQuery.all() : query;
        return calls.call("GET", "events/" + eventId + "/attendees")
                .query("text", q.text())
                .query("cursor", q.cursor())
                .query("limit", q.limit())
                .as(AttendeePage.class);
    }

    @Override
    public String exportAttendeesCsv(UUID eventId) {
        return calls.call("GET", "events/" + eventId + "/attendees/export").as(TextDocument.class).text();
    }

    @Override
    public KioskAssignment createKiosk(UUID eventId, CreateKiosk command) {
        return calls.call("POST", "events/" + eventId + "/kiosks").body(command).as(KioskAssignment.class);
    }

    @Override
    public KioskAssignment assignKiosk(UUID kioskId, UUID eventId, String exitPin) {
        return calls.call("PUT", "kiosks/" + kioskId + "/assignment").body(new KioskAssignRequest(eventId, exitPin))
                .as(KioskAssignment.class);
    }

    @Override
    public List<KioskAssignment> kiosks(UUID eventId) {
        return calls.call("GET", "events/" + eventId + "/kiosks").asList(KioskAssignment.class);
    }

    @Override
    public EventView kioskEvent() {
        return calls.call("GET", "kiosks/me/event").as(EventView.class);
    }

    @Override
    public CheckInResult checkIn(UUID eventId, String code) {
        return calls.call("POST", "events/" + eventId + "/check-ins").body(new CheckInRequest(code, null))
                .as(CheckInResult.class);
    }

    @Override
    public CheckInResult checkInRegistration(UUID eventId, UUID registrationId) {
        return calls.call("POST", "events/" + eventId + "/check-ins").body(new CheckInRequest(null, registrationId))
                .as(CheckInResult.class);
    }

    @Override
    public List<Registration> findAttendees(UUID eventId, String text) {
        return calls.call("GET", "events/" + eventId + "/check-ins/search").query("text", text).asList(Registration.class);
    }

    @Override
    public CheckInResult registerWalkIn(UUID eventId, WalkIn walkIn) {
        return calls.call("POST", "events/" + eventId + "/walk-ins").body(walkIn).as(CheckInResult.class);
    }

    @Override
    public boolean verifyExitPin(String pin) {
        return calls.call("POST", "kiosks/me/exit-pin").body(new PinRequest(pin)).as(PinCheckResponse.class).valid();
    }
}
