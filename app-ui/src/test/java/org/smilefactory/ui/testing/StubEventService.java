package org.smilefactory.ui.testing;

import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.events.AddAttendee;
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

/** An {@link EventService} whose every method fails; ViewModel tests override the ones they use. */
public class StubEventService implements EventService {

    private static UnsupportedOperationException unexpected() {
        return new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public EventPage list(EventQuery query) {
        throw unexpected();
    }

    @Override
    public EventView get(UUID eventId) {
        throw unexpected();
    }

    @Override
    public EventView save(SaveEvent command) {
        throw unexpected();
    }

    @Override
    public EventView changeStatus(UUID eventId, long expectedVersion, EventStatus status) {
        throw unexpected();
    }

    @Override
    public Registration register(UUID eventId) {
        throw unexpected();
    }

    @Override
    public Registration cancelRegistration(UUID eventId) {
        throw unexpected();
    }

    @Override
    public Registration addAttendee(UUID eventId, AddAttendee command) {
        throw unexpected();
    }

    @Override
    public Registration changeAttendeeRole(UUID eventId, org.smilefactory.core.api.events.ChangeAttendeeRole command) {
        throw unexpected();
    }

    @Override
    public org.smilefactory.core.api.events.Attendance attendance(UUID eventId) {
        throw unexpected();
    }

    @Override
    public Ticket myTicket(UUID eventId) {
        throw unexpected();
    }

    @Override
    public AttendeePage attendees(UUID eventId, AttendeeQuery query) {
        throw unexpected();
    }

    @Override
    public String exportAttendeesCsv(UUID eventId) {
        throw unexpected();
    }

    @Override
    public KioskAssignment createKiosk(UUID eventId, CreateKiosk command) {
        throw unexpected();
    }

    @Override
    public KioskAssignment assignKiosk(UUID kioskId, UUID eventId, String exitPin) {
        throw unexpected();
    }

    @Override
    public List<KioskAssignment> kiosks(UUID eventId) {
        throw unexpected();
    }

    @Override
    public EventView kioskEvent() {
        throw unexpected();
    }

    @Override
    public CheckInResult checkIn(UUID eventId, String code) {
        throw unexpected();
    }

    @Override
    public CheckInResult checkInRegistration(UUID eventId, UUID registrationId) {
        throw unexpected();
    }

    @Override
    public List<Registration> findAttendees(UUID eventId, String text) {
        throw unexpected();
    }

    @Override
    public CheckInResult registerWalkIn(UUID eventId, WalkIn walkIn) {
        throw unexpected();
    }

    @Override
    public boolean verifyExitPin(String pin) {
        throw unexpected();
    }
}
