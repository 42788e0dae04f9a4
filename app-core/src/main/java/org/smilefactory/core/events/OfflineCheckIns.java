package org.smilefactory.core.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Merges check-ins made with no network into the server's (decision 0013): the earliest scan of a
 * ticket holds the check-in, whatever order the doors sync in; every other scan is a duplicate that
 * names the first check-in time. Runs in the caller's transaction; authorisation is the caller's.
 * The registration row is locked first, so two doors syncing the same ticket at once are serialised.
 */
final class OfflineCheckIns {

    private static final int MAX_SCAN_TEXT = 500;

    private final JdbcClient jdbc;
    private final UUID actor;

    OfflineCheckIns(JdbcClient jdbc, UUID actor) {
        this.jdbc = jdbc;
        this.actor = actor;
    }

    private record Held(UUID id, UUID eventId, UUID memberId, String status, Instant checkedInAt) {
    }

    MergedScan scan(OfflineScan s, String source) {
        Optional<MergedScan> seen = seen(s.scanId());
        if (seen.isPresent()) {
            return seen.get();
        }
        String code = s.code() == null ? null : s.code().strip();
        Optional<Held> held;
        if (s.registrationId() != null) {
            held = lock("a.id = ? AND a.event_id = ?", s.registrationId(), s.eventId());
            if (held.isEmpty()) {
                throw new NotFoundException(Messages.get("events.registrationNotFound"));
            }
        } else {
            held = code == null || code.isEmpty() || code.length() > 64 ? Optional.empty()
                    : lock("a.ticket_code = ?", code);
        }
        String recorded = code == null ? null : code.length() > MAX_SCAN_TEXT ? code.substring(0, MAX_SCAN_TEXT) : code;
        // the same scan pushed twice at once: the second waited for the lock above
        seen = seen(s.scanId());
        if (seen.isPresent()) {
            return seen.get();
        }
        if (held.isEmpty()) {
            insertScan(s, null, recorded, "invalid", null, source);
            return new MergedScan(null, null, List.of(s.scanId()));
        }
        Held h = held.get();
        if (!h.eventId().equals(s.eventId())) {
            insertScan(s, null, recorded, "not_registered", null, source);
            return new MergedScan(null, null, List.of(s.scanId()));
        }
        return checkIn(s, h, recorded, source);
    }

    /** Checks in a locked registration of the scan's event at the scan's time, or records a duplicate. */
    private MergedScan checkIn(OfflineScan s, Held h, String recorded, String source) {
        List<UUID> changed = new ArrayList<>();
        changed.add(s.scanId());
        if (h.status().equals("waitlist")) {
            insertScan(s, h.id(), recorded, "waitlisted", null, source);
        } else if (!h.status().equals("confirmed")) {
            insertScan(s, h.id(), recorded, "cancelled", null, source);
        } else if (h.checkedInAt() != null && !h.checkedInAt().isAfter(s.scannedAt())) {
            insertScan(s, h.id(), recorded, "duplicate", h.checkedInAt(), source);
        } else {
            jdbc.sql("""
                    UPDATE event_attendees SET check_in_time = :at, checked_in_by = :by, check_in_source = :source,
                      updated_at = now()
                    WHERE id = :id
                    """).param("at", odt(s.scannedAt())).param("by", actor).param("source", source)
                    .param("id", h.id()).update();
            if (h.checkedInAt() != null) {
                // an earlier scan synced late: the scan that held the check-in, and every duplicate,
                // now name the earlier time
                changed.addAll(jdbc.sql("""
                        UPDATE event_check_in_scans SET outcome = 'duplicate', first_check_in_time = :at
                        WHERE attendee_id = :id AND outcome IN ('checked_in', 'duplicate')
                        RETURNING id
                        """).param("at", odt(s.scannedAt())).param("id", h.id()).query(UUID.class).list());
            }
            insertScan(s, h.id(), recorded, "checked_in", s.scannedAt(), source);
        }
        return new MergedScan(h.memberId(), h.id(), List.copyOf(changed));
    }

    /**
     * A walk-in: the member (the replica's id, or the existing member with that e-mail), a confirmed
     * registration flagged 'confirmed' when a place was free and 'over_capacity' when not (the person
     * is in the room either way), and the check-in at the scan's time.
     */
    MergedScan walkIn(OfflineWalkIn w, String unusablePasswordHash) {
        Optional<MergedScan> seen = seen(w.scanId());
        if (seen.isPresent()) {
            return seen.get();
        }
        record Event(String status, Integer capacity, int confirmed) {
        }
        Event event = jdbc.sql("SELECT status, max_attendees, current_attendees FROM events WHERE id = ? FOR UPDATE")
                .param(w.eventId())
                .query((rs, n) -> new Event(rs.getString("status"), (Integer) rs.getObject("max_attendees"),
                        rs.getInt("current_attendees")))
                .optional().orElseThrow(() -> new NotFoundException(Messages.get("events.notFound")));
        if (!event.status().equals("published")) {
            throw new ConflictException(Messages.get("events.notOpen"));
        }
        String email = w.email().trim();
        UUID member = jdbc.sql("SELECT user_id FROM personal_details WHERE lower(email) = lower(?) AND deleted_at IS NULL")
                .param(email).query(UUID.class).optional().orElse(null);
        if (member == null) {
            member = w.memberId();
            jdbc.sql("""
                    INSERT INTO personal_details (user_id, email, password_hash, first_name, last_name, role,
                                                  profile_state, profile_visibility, profile_completion, search_vector)
                    VALUES (:id, :email, :hash, :first, :last, 'user', 'DRAFT', 'public', 0,
                            sf_member_search_vector(:first, :last, NULL))
                    """)
                    .param("id", member).param("email", email).param("hash", unusablePasswordHash)
                    .param("first", w.firstName().trim()).param("last", w.lastName().trim()).update();
            AuditLog.record(jdbc, actor, "member.create", "member", member, null,
                    Map.of("email", email, "role", "user", "source", "offline walk-in"));
        }
        boolean free = event.capacity() == null || event.confirmed() < event.capacity();
        String flag = free ? "confirmed" : "over_capacity";
        Optional<Held> existing = lock("a.event_id = ? AND a.user_id = ?", w.eventId(), member);
        UUID registration;
        if (existing.isEmpty()) {
            registration = w.registrationId();
            jdbc.sql("""
                    INSERT INTO event_attendees (id, event_id, user_id, status, role, registered_at, updated_at,
                      ticket_code, offline_status, version)
                    VALUES (:id, :event, :member, 'confirmed', 'attendee', :at, now(), :code, :flag, 0)
                    """)
                    .param("id", registration).param("event", w.eventId()).param("member", member)
                    .param("at", odt(w.scannedAt())).param("code", TicketCodes.next()).param("flag", flag).update();
        } else {
            registration = existing.get().id();
            if (!existing.get().status().equals("confirmed")) {
                jdbc.sql("""
                        UPDATE event_attendees SET status = 'confirmed', waitlisted_at = NULL, cancelled_at = NULL,
                          offline_status = :flag, updated_at = now(), version = version + 1
                        WHERE id = :id
                        """).param("flag", flag).param("id", registration).update();
            }
        }
        Held held = lock("a.id = ?", registration).orElseThrow();
        OfflineScan scan = new OfflineScan(w.eventId(), w.scanId(), w.scannedAt(), null, registration, "walk-in");
        return checkIn(scan, held, null, "walk-in");
    }

    /** The scan was merged before (a repeated push): what it merged, changing nothing. */
    private Optional<MergedScan> seen(UUID scanId) {
        return jdbc.sql("""
                SELECT s.attendee_id, a.user_id FROM event_check_in_scans s
                LEFT JOIN event_attendees a ON a.id = s.attendee_id WHERE s.id = ?
                """).param(scanId)
                .query((rs, n) -> new MergedScan(rs.getObject("user_id", UUID.class),
                        rs.getObject("attendee_id", UUID.class), List.of(scanId)))
                .optional();
    }

    private Optional<Held> lock(String where, Object... params) {
        return jdbc.sql("SELECT a.id, a.event_id, a.user_id, a.status, a.check_in_time FROM event_attendees a WHERE "
                        + where + " FOR UPDATE")
                .params(params)
                .query((rs, n) -> new Held(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getObject("user_id", UUID.class), rs.getString("status"),
                        Optional.ofNullable(rs.getObject("check_in_time", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant).orElse(null)))
                .optional();
    }

    private void insertScan(OfflineScan s, UUID attendee, String code, String outcome, Instant first, String source) {
        jdbc.sql("""
                INSERT INTO event_check_in_scans (id, event_id, attendee_id, ticket_code, scanned_at, scanned_by, source,
                  outcome, first_check_in_time)
                VALUES (:id, :event, :attendee, :code, :at, :by, :source, :outcome, :first)
                """)
                .param("id", s.scanId()).param("event", s.eventId()).param("attendee", attendee).param("code", code)
                .param("at", odt(s.scannedAt())).param("by", actor).param("source", source)
                .param("outcome", outcome).param("first", odt(first)).update();
    }

    private static OffsetDateTime odt(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
