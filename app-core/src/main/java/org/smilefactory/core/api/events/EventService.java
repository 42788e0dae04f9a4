package org.smilefactory.core.api.events;

import java.util.List;
import java.util.UUID;

/**
 * Events: creation and publishing, registration with waitlist, tickets, attendee lists and kiosk
 * check-in.
 *
 * <p>Who may do what: any member (not a kiosk) creates events and becomes their organiser; the
 * organiser and staff edit, publish, cancel and complete them and see attendee lists. Drafts are
 * visible only to their organiser and staff. A kiosk account may only use the check-in methods
 * ({@link #kioskEvent()}, {@link #checkIn}, {@link #checkInRegistration}, {@link #findAttendees},
 * {@link #registerWalkIn}, {@link #verifyExitPin}) and only for the one event it is assigned to;
 * everything else throws {@link org.smilefactory.core.api.PermissionDeniedException}.
 */
public interface EventService {

    /** Upcoming events, soonest first, or past ones ({@link EventQuery#past()}), most recent first; keyset-paged. */
    EventPage list(EventQuery query);

    /** @throws org.smilefactory.core.api.NotFoundException also for a draft the viewer may not see */
    EventView get(UUID eventId);

    /**
     * Creates ({@code eventId} null, as a draft organised by the actor) or edits an event.
     *
     * @throws org.smilefactory.core.api.ValidationException every bad field at once; nothing written
     * @throws org.smilefactory.core.api.ConflictException when {@code expectedVersion} is stale
     */
    EventView save(SaveEvent command);

    /**
     * Draft → published, draft/published → cancelled, published → completed; the organiser or
     * staff only. Cancelling tells every confirmed and waitlisted attendee.
     *
     * @throws org.smilefactory.core.api.ConflictException for any other transition or a stale version
     */
    EventView changeStatus(UUID eventId, long expectedVersion, EventStatus status);

    /**
     * Registers the actor as an attendee: a confirmed place while there is one, the waitlist when
     * the event is full. Every registration gets its own ticket code.
     *
     * @throws org.smilefactory.core.api.ConflictException when the event is not published, its
     *         registration deadline has passed, or the actor is already registered
     */
    Registration register(UUID eventId);

    /**
     * Cancels the actor's registration. When it held a confirmed place, the earliest waitlisted
     * registration is promoted in the same transaction and its member notified.
     */
    Registration cancelRegistration(UUID eventId);

    /** The organiser or staff register a member with a role (see {@link AddAttendee}). */
    Registration addAttendee(UUID eventId, AddAttendee command);

    /**
     * The organiser or staff change a registration's role (see {@link ChangeAttendeeRole}); a speaker,
     * sponsor or organiser taken off the waitlist is confirmed, as {@link #addAttendee} would.
     *
     * @throws org.smilefactory.core.api.ConflictException when the version is stale or the event is over
     */
    Registration changeAttendeeRole(UUID eventId, ChangeAttendeeRole command);

    /** The organiser or staff: how the event went at the door (see {@link Attendance}), also for past events. */
    Attendance attendance(UUID eventId);

    /** The actor's own ticket for the event. @throws org.smilefactory.core.api.NotFoundException when not registered */
    Ticket myTicket(UUID eventId);

    /** The organiser or staff: the event's registrations by name, paged. */
    AttendeePage attendees(UUID eventId, AttendeeQuery query);

    /** The organiser or staff: every registration as CSV (RFC 4180, UTF-8, header row). */
    String exportAttendeesCsv(UUID eventId);

    // ---- kiosk ---------------------------------------------------------------------------------

    /** Staff: creates a kiosk account bound to the event. */
    KioskAssignment createKiosk(UUID eventId, CreateKiosk command);

    /** Staff: binds an existing kiosk account to another event, with a new exit PIN. */
    KioskAssignment assignKiosk(UUID kioskId, UUID eventId, String exitPin);

    /** Staff or the organiser: the kiosk accounts of an event. */
    List<KioskAssignment> kiosks(UUID eventId);

    /** A kiosk account: the event it is assigned to. */
    EventView kioskEvent();

    /**
     * Checks in the ticket with this code (as a scanner typed it). Every scan is recorded, whatever
     * its outcome. The kiosk assigned to the event, its organiser or staff only.
     */
    CheckInResult checkIn(UUID eventId, String code);

    /** Checks in a registration found by {@link #findAttendees} (a person without their ticket). */
    CheckInResult checkInRegistration(UUID eventId, UUID registrationId);

    /** Registrations of the event whose name or email matches {@code text}, best first (at most 20). */
    List<Registration> findAttendees(UUID eventId, String text);

    /** A walk-in: registered with a confirmed place (when there is one) and checked in at once. */
    CheckInResult registerWalkIn(UUID eventId, WalkIn walkIn);

    /** Whether {@code pin} is the exit PIN of the actor's kiosk (staff leave kiosk mode with it). */
    boolean verifyExitPin(String pin);
}
