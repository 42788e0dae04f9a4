package org.smilefactory.core.offline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.events.LocalEventService;

/**
 * Events on the replica. Everything a door needs works offline: reading events and attendee lists,
 * checking in by ticket code or by name, and walk-ins (provisional until the server confirms them).
 * Each check-in queues its command in the outbox in the transaction that records the scan, carrying
 * the scan's own id and time so the server can merge scans from several doors (earliest wins).
 * Creating, editing and registering need the server: they decide places and publish to everyone.
 */
final class OfflineEventService implements EventService {

    static final String REGISTRATIONS = "event_attendees";
    static final String SCANS = "event_check_in_scans";

    private final CoreContext replica;
    private final LocalEventService local;

    OfflineEventService(CoreContext replica, LocalEventService local) {
        this.replica = replica;
        this.local = local;
    }

    // ---- reads (and the exit PIN, whose failure counter is the kiosk's own) -------------------

    @Override
    public EventPage list(EventQuery query) {
        return local.list(query);
    }

    @Override
    public EventView get(UUID eventId) {
        return local.get(eventId);
    }

    @Override
    public Ticket myTicket(UUID eventId) {
        return local.myTicket(eventId);
    }

    @Override
    public AttendeePage attendees(UUID eventId, AttendeeQuery query) {
        return local.attendees(eventId, query);
    }

    @Override
    public String exportAttendeesCsv(UUID eventId) {
        return local.exportAttendeesCsv(eventId);
    }

    /** The replica holds the event's registrations and scans (SyncTables): counted as the server would. */
    @Override
    public Attendance attendance(UUID eventId) {
        return local.attendance(eventId);
    }

    @Override
    public List<KioskAssignment> kiosks(UUID eventId) {
        return local.kiosks(eventId);
    }

    @Override
    public EventView kioskEvent() {
        return local.kioskEvent();
    }

    @Override
    public List<Registration> findAttendees(UUID eventId, String text) {
        return local.findAttendees(eventId, text);
    }

    /**
     * The exit PIN's hash never leaves the server (decision 0013), so it cannot be checked offline: say
     * so rather than answer "wrong PIN" (and count a failure) for the right one.
     */
    @Override
    public boolean verifyExitPin(String pin) {
        throw new org.smilefactory.core.api.BackendUnavailableException(
                org.smilefactory.core.common.Messages.get("offline.exitPinNeedsServer"));
    }

    // ---- the door: made on the replica, queued in the outbox ------------------------------------

    @Override
    public CheckInResult checkIn(UUID eventId, String code) {
        return replica.tx().execute(tx -> {
            CheckInResult result = local.checkIn(eventId, code);
            Scan scan = scanJustRecorded(eventId);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("eventId", eventId);
            payload.put("code", scan.code() == null ? "" : scan.code());
            payload.put("scanId", scan.id());
            payload.put("scannedAt", scan.scannedAt());
            payload.put("source", scan.source());
            // a code the replica does not know may still be a ticket the server knows (registered
            // after the last pull): the scan itself is then the entity
            boolean matched = result.registrationId() != null;
            record(MutationKinds.CHECK_IN, matched ? REGISTRATIONS : SCANS,
                    matched ? result.registrationId() : scan.id(), payload, scan.scannedAt());
            return result;
        });
    }

    @Override
    public CheckInResult checkInRegistration(UUID eventId, UUID registrationId) {
        return replica.tx().execute(tx -> {
            CheckInResult result = local.checkInRegistration(eventId, registrationId);
            Scan scan = scanJustRecorded(eventId);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("eventId", eventId);
            payload.put("registrationId", registrationId);
            payload.put("scanId", scan.id());
            payload.put("scannedAt", scan.scannedAt());
            payload.put("source", scan.source());
            record(MutationKinds.CHECK_IN_REGISTRATION, REGISTRATIONS, registrationId, payload, scan.scannedAt());
            return result;
        });
    }

    @Override
    public CheckInResult registerWalkIn(UUID eventId, WalkIn walkIn) {
        return replica.tx().execute(tx -> {
            boolean alreadyConfirmed = walkIn != null && walkIn.email() != null && replica.jdbc().sql("""
                            SELECT count(*) FROM event_attendees a JOIN personal_details p ON p.user_id = a.user_id
                            WHERE a.event_id = ? AND lower(p.email) = lower(?) AND p.deleted_at IS NULL
                              AND a.status = 'confirmed'
                            """).params(eventId, walkIn.email().trim()).query(Long.class).single() > 0;
            CheckInResult result = local.registerWalkIn(eventId, walkIn);
            UUID registrationId = result.registrationId();
            UUID memberId = replica.jdbc().sql("SELECT user_id FROM event_attendees WHERE id = ?")
                    .param(registrationId).query(UUID.class).single();
            if (!alreadyConfirmed) {
                // the place was given on the replica's counts, which may be stale
                replica.jdbc().sql("UPDATE event_attendees SET offline_status = 'provisional' WHERE id = ?")
                        .param(registrationId).update();
            }
            Scan scan = scanJustRecorded(eventId);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("eventId", eventId);
            payload.put("firstName", walkIn.firstName().trim());
            payload.put("lastName", walkIn.lastName().trim());
            payload.put("email", walkIn.email().trim());
            payload.put("memberId", memberId);
            payload.put("registrationId", registrationId);
            payload.put("scanId", scan.id());
            payload.put("scannedAt", scan.scannedAt());
            record(MutationKinds.WALK_IN, REGISTRATIONS, registrationId, payload, scan.scannedAt());
            return result;
        });
    }

    // ---- need the server --------------------------------------------------------------------------

    @Override
    public EventView save(SaveEvent command) {
        throw NeedsServer.refuse("events.save");
    }

    @Override
    public EventView changeStatus(UUID eventId, long expectedVersion, EventStatus status) {
        throw NeedsServer.refuse("events.changeStatus");
    }

    @Override
    public Registration register(UUID eventId) {
        throw NeedsServer.refuse("events.register");
    }

    @Override
    public Registration cancelRegistration(UUID eventId) {
        throw NeedsServer.refuse("events.cancelRegistration");
    }

    @Override
    public Registration addAttendee(UUID eventId, AddAttendee command) {
        throw NeedsServer.refuse("events.addAttendee");
    }

    @Override
    public Registration changeAttendeeRole(UUID eventId, ChangeAttendeeRole command) {
        throw NeedsServer.refuse("events.changeAttendeeRole");
    }

    @Override
    public KioskAssignment createKiosk(UUID eventId, CreateKiosk command) {
        throw NeedsServer.refuse("events.createKiosk");
    }

    @Override
    public KioskAssignment assignKiosk(UUID kioskId, UUID eventId, String exitPin) {
        throw NeedsServer.refuse("events.assignKiosk");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private record Scan(UUID id, Instant scannedAt, String code, String source) {
    }

    /**
     * The scan row the local service has just written in this transaction. Every check-in path writes
     * exactly one; {@code xmin} (the writing transaction's id, low 32 bits) tells ours from scans other
     * doors committed meanwhile.
     */
    private Scan scanJustRecorded(UUID eventId) {
        return replica.jdbc().sql("""
                SELECT id, scanned_at, ticket_code, source FROM event_check_in_scans
                WHERE event_id = ? AND xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296
                ORDER BY scanned_at DESC, id DESC
                LIMIT 1
                """).param(eventId).query((rs, n) -> scan(rs)).single();
    }

    private static Scan scan(ResultSet rs) throws SQLException {
        return new Scan(rs.getObject("id", UUID.class), rs.getTimestamp("scanned_at").toInstant(),
                rs.getString("ticket_code"), rs.getString("source"));
    }

    private void record(String kind, String entityType, UUID entityId, Map<String, Object> payload, Instant createdAt) {
        Outbox.record(replica.jdbc(), new Mutation(Ids.next(), kind, entityType, entityId, null,
                OfflineJson.write(payload), createdAt));
    }
}
