package org.smilefactory.core.events;

import static org.smilefactory.core.common.SqlValues.en;
import static org.smilefactory.core.common.SqlValues.escapeLike;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
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
import org.smilefactory.core.api.events.EventService;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.KioskAssignment;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.RegistrationStatus;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.api.events.Ticket;
import org.smilefactory.core.api.events.OfflineCheckIn;
import org.smilefactory.core.api.events.WalkIn;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Paging;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.smilefactory.core.notifications.Notifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link EventService} on the local database, acting as one {@link Actor}.
 *
 * <p>Every change to who holds a place (register, cancel, promote, capacity edits) first locks the
 * event row ({@code SELECT ... FOR UPDATE}, decision 0006), so two people taking the last place at
 * once are serialised and {@code current_attendees} (kept by trigger) is read fresh under the lock.
 * Check-in needs no event lock: the conditional {@code UPDATE ... WHERE check_in_time IS NULL}
 * lets exactly one of two simultaneous scans of a ticket win.
 */
public final class LocalEventService implements EventService {

    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PIN = Pattern.compile("^[0-9]{4,12}$");
    private static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");
    private static final int MAX_CAPACITY = 1_000_000;
    private static final int MAX_SCAN_TEXT = 500;
    private static final int MAX_PIN_FAILURES = 5;
    private static final long PIN_LOCK_SECONDS = 60;
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private static final String EVENT_COLUMNS = """
            e.id, e.version, e.title, e.description, e.event_type, e.status, e.start_date_time, e.end_date_time,
            e.timezone, e.location, e.virtual_meeting_url, e.is_online, e.max_attendees, e.current_attendees,
            e.registration_deadline, e.price, e.currency, e.tags, e.organizer_id,
            coalesce(nullif(o.full_name, ''), o.email) AS organizer_name,
            (SELECT count(*) FROM event_attendees w WHERE w.event_id = e.id AND w.status = 'waitlist') AS waitlisted,
            m.id AS m_id, m.role AS m_role, m.status AS m_status, m.registered_at AS m_registered_at,
            m.waitlisted_at AS m_waitlisted_at, m.check_in_time AS m_check_in, m.ticket_code AS m_ticket,
            m.version AS m_version
            """;

    private static final String EVENT_FROM = """
             FROM events e JOIN personal_details o ON o.user_id = e.organizer_id
             LEFT JOIN event_attendees m ON m.event_id = e.id AND m.user_id = :viewer
            """;

    /** Drafts are seen by their organiser and staff only (alias {@code e}, params {@code :viewer}, {@code :staff}). */
    static final String VISIBLE_TO_VIEWER = "(e.status <> 'draft' OR :staff OR e.organizer_id = :viewer)";

    private static final String REGISTRATION_COLUMNS = """
            a.id, a.event_id, a.user_id, coalesce(nullif(p.full_name, ''), p.email) AS member_name, p.email,
            a.role, a.status, a.registered_at, a.waitlisted_at, a.check_in_time, a.ticket_code, a.version,
            a.offline_status,
            (SELECT count(*) FROM event_check_in_scans s WHERE s.attendee_id = a.id AND s.outcome = 'duplicate')
              AS duplicate_scans
            """;

    private final CoreContext ctx;
    private final Actor actor;
    private final JdbcClient jdbc;

    public LocalEventService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
        this.jdbc = ctx.jdbc();
    }

    // ---- events --------------------------------------------------------------------------------

    @Override
    public EventPage list(EventQuery query) {
        actor.requireNotKiosk();
        EventQuery q = query == null ? EventQuery.upcoming() : query;
        int limit = Paging.limit(q.limit(), EventQuery.DEFAULT_LIMIT, EventQuery.MAX_LIMIT);
        Cursor cursor = Cursor.decode(q.cursor());
        Instant now = now();
        Instant from = q.past() ? q.from() : (q.from() == null ? now : q.from());

        StringBuilder sql = new StringBuilder("SELECT ").append(EVENT_COLUMNS).append(EVENT_FROM)
                .append(" WHERE ").append(VISIBLE_TO_VIEWER);
        if (q.past()) {
            // over by time, or closed by the organiser (a cancelled event next month is history too)
            sql.append(" AND (e.end_date_time < :now OR e.status IN ('completed', 'cancelled'))");
            if (from != null) {
                sql.append(" AND e.start_date_time >= :from");
            }
        } else {
            sql.append(" AND e.end_date_time >= :from");
        }
        if (q.to() != null) {
            sql.append(" AND e.start_date_time < :to");
        }
        String[] types = q.types() == null ? new String[0] : q.types().stream().map(LocalEventService::db).sorted().toArray(String[]::new);
        if (types.length > 0) {
            sql.append(" AND e.event_type = ANY(:types)");
        }
        String[] statuses = q.statuses() == null ? new String[0] : q.statuses().stream().map(LocalEventService::db).sorted().toArray(String[]::new);
        if (statuses.length > 0) {
            sql.append(" AND e.status = ANY(:statuses)");
        } else if (q.past()) {
            sql.append(" AND e.status IN ('published', 'completed', 'cancelled')");
        } else {
            sql.append(" AND e.status IN ('published', 'draft')");
        }
        // past events most recent first: the same keyset, walked the other way
        if (cursor != null) {
            sql.append(q.past() ? " AND (e.start_date_time, e.id) < (:cstart, :cid)" : " AND (e.start_date_time, e.id) > (:cstart, :cid)");
        }
        sql.append(q.past() ? " ORDER BY e.start_date_time DESC, e.id DESC" : " ORDER BY e.start_date_time, e.id")
                .append(" LIMIT :limit");

        var spec = jdbc.sql(sql.toString())
                .param("viewer", actor.memberId())
                .param("staff", actor.isStaff())
                .param("limit", limit + 1);
        if (q.past()) {
            spec = spec.param("now", odt(now));
        }
        if (from != null) {
            spec = spec.param("from", odt(from));
        }
        if (q.to() != null) {
            spec = spec.param("to", odt(q.to()));
        }
        if (types.length > 0) {
            spec = spec.param("types", types);
        }
        if (statuses.length > 0) {
            spec = spec.param("statuses", statuses);
        }
        if (cursor != null) {
            spec = spec.param("cstart", odt(cursor.start())).param("cid", cursor.id());
        }
        List<EventView> rows = spec.query((rs, n) -> event(rs)).list();
        String next = null;
        if (rows.size() > limit) {
            EventView last = rows.get(limit - 1);
            next = Cursor.encode(last.start(), last.id());
            rows = rows.subList(0, limit);
        }
        return new EventPage(List.copyOf(rows), next);
    }

    @Override
    public EventView get(UUID eventId) {
        actor.requireNotKiosk();
        return find(eventId).filter(this::visible).orElseThrow(LocalEventService::eventNotFound);
    }

    @Override
    public EventView save(SaveEvent command) {
        actor.requireNotKiosk();
        if (command == null) {
            throw new ValidationException(List.of(new Violation("event", "required", Messages.get("validation.required"))));
        }
        validate(command);
        ZoneId zone = ZoneId.of(command.timeZone());
        Instant start = command.start().atZone(zone).toInstant();
        Instant end = command.end().atZone(zone).toInstant();
        Instant deadline = command.registrationDeadline() == null ? null : command.registrationDeadline().atZone(zone).toInstant();
        BigDecimal price = command.price() == null ? BigDecimal.ZERO : command.price();
        String[] tags = command.tags() == null ? new String[0]
                : command.tags().stream().filter(t -> t != null && !t.isBlank()).map(String::trim).distinct().toArray(String[]::new);
        UUID id = command.eventId() == null ? Ids.next() : command.eventId();
        ctx.tx().executeWithoutResult(status -> {
            if (command.eventId() == null) {
                jdbc.sql("""
                        INSERT INTO events (id, title, description, event_type, start_date_time, end_date_time, timezone,
                          location, virtual_meeting_url, is_online, max_attendees, registration_deadline, organizer_id,
                          status, price, currency, tags, created_at, updated_at, version)
                        VALUES (:id, :title, :description, :type, :start, :end, :zone, :location, :url, :online, :capacity,
                          :deadline, :organizer, 'draft', :price, :currency, :tags, now(), now(), 0)
                        """)
                        .param("id", id).param("organizer", actor.memberId())
                        .param("title", command.title().trim()).param("description", trim(command.description()))
                        .param("type", db(command.type())).param("start", odt(start)).param("end", odt(end))
                        .param("zone", command.timeZone()).param("location", trim(command.location()))
                        .param("url", trim(command.virtualMeetingUrl())).param("online", command.online())
                        .param("capacity", command.capacity()).param("deadline", odt(deadline))
                        .param("price", price).param("currency", command.currency()).param("tags", tags)
                        .update();
                AuditLog.record(jdbc, actor.memberId(), "event.create", "event", id, null,
                        Map.of("title", command.title().trim()));
                return;
            }
            Locked locked = lockManaged(id);
            if (locked.version() != command.expectedVersion()) {
                throw new ConflictException(Messages.get("events.staleVersion"));
            }
            if (locked.status() == EventStatus.CANCELLED || locked.status() == EventStatus.COMPLETED) {
                throw new ConflictException(Messages.get("events.notOpen"));
            }
            jdbc.sql("""
                    UPDATE events SET title = :title, description = :description, event_type = :type,
                      start_date_time = :start, end_date_time = :end, timezone = :zone, location = :location,
                      virtual_meeting_url = :url, is_online = :online, max_attendees = :capacity,
                      registration_deadline = :deadline, price = :price, currency = :currency, tags = :tags,
                      updated_at = now(), version = version + 1
                    WHERE id = :id
                    """)
                    .param("id", id)
                    .param("title", command.title().trim()).param("description", trim(command.description()))
                    .param("type", db(command.type())).param("start", odt(start)).param("end", odt(end))
                    .param("zone", command.timeZone()).param("location", trim(command.location()))
                    .param("url", trim(command.virtualMeetingUrl())).param("online", command.online())
                    .param("capacity", command.capacity()).param("deadline", odt(deadline))
                    .param("price", price).param("currency", command.currency()).param("tags", tags)
                    .update();
            if (locked.status() == EventStatus.PUBLISHED) {
                // a larger capacity frees places for the waitlist at once
                promoteWaitlist(id, command.title().trim());
            }
        });
        return find(id).orElseThrow();
    }

    @Override
    public EventView changeStatus(UUID eventId, long expectedVersion, EventStatus target) {
        actor.requireNotKiosk();
        if (target == null) {
            throw new ValidationException(List.of(new Violation("status", "required", Messages.get("validation.required"))));
        }
        ctx.tx().executeWithoutResult(tx -> {
            Locked locked = lockManaged(eventId);
            if (locked.version() != expectedVersion) {
                throw new ConflictException(Messages.get("events.staleVersion"));
            }
            if (!locked.status().canChangeTo(target)) {
                throw new ConflictException(Messages.get("events.invalidTransition",
                        locked.status().name().toLowerCase(Locale.ROOT), target.name().toLowerCase(Locale.ROOT)));
            }
            jdbc.sql("UPDATE events SET status = :status, updated_at = now(), version = version + 1 WHERE id = :id")
                    .param("status", db(target)).param("id", eventId).update();
            AuditLog.record(jdbc, actor.memberId(), "event.status", "event", eventId,
                    Map.of("status", db(locked.status())), Map.of("status", db(target)));
            if (target == EventStatus.CANCELLED) {
                List<UUID> people = jdbc.sql("SELECT user_id FROM event_attendees WHERE event_id = ? AND status IN ('confirmed', 'waitlist')")
                        .param(eventId).query(UUID.class).list();
                for (UUID person : people) {
                    Notifier.notify(jdbc, person, "event_update", actor.memberId(), "event", eventId,
                            Messages.get("events.cancelledTitle", locked.title()), Messages.get("events.cancelledBody", locked.title()));
                }
            }
        });
        return find(eventId).orElseThrow();
    }

    // ---- registration --------------------------------------------------------------------------

    @Override
    public Registration register(UUID eventId) {
        actor.requireNotKiosk();
        UUID me = actor.memberId();
        UUID registrationId = ctx.tx().execute(tx -> {
            Locked locked = lockVisible(eventId);
            if (locked.status() != EventStatus.PUBLISHED) {
                throw new ConflictException(Messages.get("events.notOpen"));
            }
            Instant now = now();
            if (locked.deadline() != null && now.isAfter(locked.deadline())) {
                throw new ConflictException(Messages.get("events.deadlinePassed",
                        DEADLINE.format(locked.deadline().atZone(locked.zone()))));
            }
            return place(locked, me, AttendeeRole.ATTENDEE, true, Messages.get("events.alreadyRegistered"));
        });
        return registration(registrationId, true);
    }

    @Override
    public Registration cancelRegistration(UUID eventId) {
        actor.requireNotKiosk();
        UUID me = actor.memberId();
        UUID registrationId = ctx.tx().execute(tx -> {
            Locked locked = lockVisible(eventId);
            if (locked.status() == EventStatus.COMPLETED) {
                throw new ConflictException(Messages.get("events.notOpen"));
            }
            Optional<Existing> existing = existing(eventId, me);
            if (existing.isEmpty() || existing.get().status().equals("cancelled")) {
                throw new NotFoundException(Messages.get("events.notRegistered"));
            }
            jdbc.sql("""
                    UPDATE event_attendees SET status = 'cancelled', cancelled_at = :now, waitlisted_at = NULL,
                      updated_at = now(), version = version + 1
                    WHERE id = :id
                    """).param("now", odt(now())).param("id", existing.get().id()).update();
            if (existing.get().status().equals("confirmed") && locked.status() == EventStatus.PUBLISHED) {
                promoteWaitlist(eventId, locked.title());
            }
            return existing.get().id();
        });
        return registration(registrationId, true);
    }

    @Override
    public Registration addAttendee(UUID eventId, AddAttendee command) {
        actor.requireNotKiosk();
        new Problems().required("memberId", command == null ? null : command.memberId())
                .required("role", command == null ? null : command.role()).throwIfAny();
        UUID registrationId = ctx.tx().execute(tx -> {
            Locked locked = lockManaged(eventId);
            if (locked.status() == EventStatus.CANCELLED || locked.status() == EventStatus.COMPLETED) {
                throw new ConflictException(Messages.get("events.notOpen"));
            }
            boolean member = jdbc.sql("SELECT count(*) FROM personal_details WHERE user_id = ? AND deleted_at IS NULL AND role <> 'kiosk'")
                    .param(command.memberId()).query(Long.class).single() > 0;
            if (!member) {
                throw new NotFoundException(Messages.get("events.memberNotFound"));
            }
            UUID placed = place(locked, command.memberId(), command.role(), true, Messages.get("events.memberAlreadyRegistered"));
            AuditLog.record(jdbc, actor.memberId(), "event.attendee.add", "event_attendee", placed, null,
                    Map.of("event", eventId.toString(), "member", command.memberId().toString(), "role", db(command.role())));
            return placed;
        });
        return registration(registrationId, false);
    }

    @Override
    public Registration changeAttendeeRole(UUID eventId, ChangeAttendeeRole command) {
        actor.requireNotKiosk();
        new Problems().required("registrationId", command == null ? null : command.registrationId())
                .required("role", command == null ? null : command.role()).throwIfAny();
        ctx.tx().executeWithoutResult(tx -> {
            // the event lock: a speaker taken off the waitlist takes a place, as in addAttendee
            Locked locked = lockManaged(eventId);
            if (locked.status() == EventStatus.CANCELLED || locked.status() == EventStatus.COMPLETED) {
                throw new ConflictException(Messages.get("events.notOpen"));
            }
            record Row(String role, String status, long version) {
            }
            Row row = jdbc.sql("SELECT role, status, version FROM event_attendees WHERE id = ? AND event_id = ? FOR UPDATE")
                    .params(command.registrationId(), eventId)
                    .query((rs, n) -> new Row(rs.getString("role"), rs.getString("status"), rs.getLong("version")))
                    .optional().orElseThrow(() -> new NotFoundException(Messages.get("events.registrationNotFound")));
            if (row.version() != command.expectedVersion()) {
                throw new ConflictException(Messages.get("events.registrationStale"));
            }
            if (row.status().equals("cancelled")) {
                throw new ConflictException(Messages.get("events.registrationIsCancelled"));
            }
            String role = db(command.role());
            if (role.equals(row.role())) {
                return;
            }
            boolean promote = row.status().equals("waitlist") && command.role() != AttendeeRole.ATTENDEE;
            jdbc.sql("""
                    UPDATE event_attendees SET role = :role,
                      status = CASE WHEN :promote THEN 'confirmed' ELSE status END,
                      waitlisted_at = CASE WHEN :promote THEN NULL ELSE waitlisted_at END,
                      updated_at = now(), version = version + 1
                    WHERE id = :id
                    """).param("role", role).param("promote", promote).param("id", command.registrationId()).update();
            AuditLog.record(jdbc, actor.memberId(), "event.attendee.role", "event_attendee", command.registrationId(),
                    Map.of("event", eventId.toString(), "role", row.role(), "status", row.status()),
                    Map.of("event", eventId.toString(), "role", role, "status", promote ? "confirmed" : row.status()));
        });
        return registration(command.registrationId(), false);
    }

    @Override
    public Attendance attendance(UUID eventId) {
        actor.requireNotKiosk();
        requireManaged(eventId);
        // walk-ins: checked in by the door's walk-in path, online ("walk-in") or merged from an offline door
        return jdbc.sql("""
                SELECT
                  count(*) FILTER (WHERE a.status = 'confirmed' AND NOT a.walk_in) AS registered,
                  count(*) FILTER (WHERE a.status = 'confirmed' AND a.check_in_time IS NOT NULL) AS checked_in,
                  count(*) FILTER (WHERE a.status = 'confirmed' AND NOT a.walk_in AND a.check_in_time IS NULL) AS no_shows,
                  count(*) FILTER (WHERE a.status = 'confirmed' AND a.walk_in) AS walk_ins,
                  count(*) FILTER (WHERE a.status = 'waitlist') AS waitlisted,
                  count(*) FILTER (WHERE a.status = 'cancelled') AS cancelled,
                  (SELECT count(*) FROM event_check_in_scans s WHERE s.event_id = :event AND s.outcome = 'duplicate')
                    AS duplicates
                FROM (SELECT status, check_in_time, coalesce(check_in_source = 'walk-in', false) AS walk_in
                      FROM event_attendees WHERE event_id = :event) a
                """)
                .param("event", eventId)
                .query((rs, n) -> new Attendance(eventId, rs.getLong("registered"), rs.getLong("checked_in"),
                        rs.getLong("no_shows"), rs.getLong("walk_ins"), rs.getLong("duplicates"),
                        rs.getLong("waitlisted"), rs.getLong("cancelled")))
                .single();
    }

    /**
     * Gives the member a confirmed place, or a waitlist place when the event is full (attendees
     * only); re-activates a cancelled registration with its old ticket. The event row must be locked.
     */
    private UUID place(Locked locked, UUID memberId, AttendeeRole role, boolean waitlistWhenFull, String duplicateMessage) {
        Optional<Existing> existing = existing(locked.id(), memberId);
        if (existing.isPresent() && !existing.get().status().equals("cancelled")) {
            throw new ConflictException(duplicateMessage);
        }
        boolean confirmed = role != AttendeeRole.ATTENDEE || locked.capacity() == null || locked.confirmed() < locked.capacity();
        if (!confirmed && !waitlistWhenFull) {
            throw new ConflictException(Messages.get("events.noPlaces"));
        }
        Instant now = now();
        String status = confirmed ? "confirmed" : "waitlist";
        if (existing.isPresent()) {
            jdbc.sql("""
                    UPDATE event_attendees SET status = :status, role = :role, registered_at = :now,
                      waitlisted_at = :waitlisted, cancelled_at = NULL, updated_at = now(), version = version + 1
                    WHERE id = :id
                    """)
                    .param("status", status).param("role", db(role)).param("now", odt(now))
                    .param("waitlisted", confirmed ? null : odt(now)).param("id", existing.get().id()).update();
            return existing.get().id();
        }
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO event_attendees (id, event_id, user_id, status, role, registered_at, updated_at,
                  waitlisted_at, ticket_code, version)
                VALUES (:id, :event, :member, :status, :role, :now, now(), :waitlisted, :code, 0)
                """)
                .param("id", id).param("event", locked.id()).param("member", memberId).param("status", status)
                .param("role", db(role)).param("now", odt(now)).param("waitlisted", confirmed ? null : odt(now))
                .param("code", TicketCodes.next()).update();
        return id;
    }

    /** Fills free places from the waitlist, earliest first; the event row must be locked. */
    private void promoteWaitlist(UUID eventId, String title) {
        while (true) {
            Integer free = jdbc.sql("SELECT max_attendees - current_attendees FROM events WHERE id = ?")
                    .param(eventId).query(Integer.class).optional().orElse(null);
            if (free != null && free <= 0) {
                return;
            }
            Optional<Map<String, Object>> next = jdbc.sql("""
                    SELECT id, user_id FROM event_attendees WHERE event_id = ? AND status = 'waitlist'
                    ORDER BY waitlisted_at, registered_at, id LIMIT 1
                    """).param(eventId).query().listOfRows().stream().findFirst();
            if (next.isEmpty()) {
                return;
            }
            UUID id = (UUID) next.get().get("id");
            UUID member = (UUID) next.get().get("user_id");
            jdbc.sql("""
                    UPDATE event_attendees SET status = 'confirmed', waitlisted_at = NULL, updated_at = now(),
                      version = version + 1
                    WHERE id = ?
                    """).param(id).update();
            Notifier.notify(jdbc, member, "waitlist_promoted", actor.memberId(), "event", eventId,
                    Messages.get("events.promotedTitle", title), Messages.get("events.promotedBody", title));
        }
    }

    @Override
    public Ticket myTicket(UUID eventId) {
        actor.requireNotKiosk();
        return jdbc.sql("""
                SELECT e.id AS event_id, e.title, e.start_date_time, e.timezone, e.location, a.user_id,
                  coalesce(nullif(p.full_name, ''), p.email) AS member_name, a.role, a.status, a.ticket_code
                FROM event_attendees a JOIN events e ON e.id = a.event_id JOIN personal_details p ON p.user_id = a.user_id
                WHERE a.event_id = :event AND a.user_id = :me
                """)
                .param("event", eventId).param("me", actor.memberId())
                .query((rs, n) -> new Ticket(rs.getObject("event_id", UUID.class), rs.getString("title"),
                        instant(rs, "start_date_time"), rs.getString("timezone"), rs.getString("location"),
                        rs.getObject("user_id", UUID.class), rs.getString("member_name"),
                        en(AttendeeRole.class, rs.getString("role")), status(rs.getString("status")),
                        rs.getString("ticket_code")))
                .optional().orElseThrow(() -> new NotFoundException(Messages.get("events.notRegistered")));
    }

    @Override
    public AttendeePage attendees(UUID eventId, AttendeeQuery query) {
        actor.requireNotKiosk();
        requireManaged(eventId);
        AttendeeQuery q = query == null ? AttendeeQuery.all() : query;
        int limit = Paging.limit(q.limit(), AttendeeQuery.DEFAULT_LIMIT, AttendeeQuery.MAX_LIMIT);
        NameCursor cursor = NameCursor.decode(q.cursor());
        String text = q.text() == null ? "" : q.text().trim();
        new Problems().text("text", text, 200).throwIfAny();
        StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT ").append(REGISTRATION_COLUMNS)
                .append(" FROM event_attendees a JOIN personal_details p ON p.user_id = a.user_id WHERE a.event_id = :event");
        if (!text.isEmpty()) {
            sql.append(" AND (p.full_name ILIKE :like OR p.email ILIKE :like)");
        }
        sql.append(") r");
        if (cursor != null) {
            sql.append(" WHERE (lower(member_name), id) > (:cname, :cid)");
        }
        sql.append(" ORDER BY lower(member_name), id LIMIT :limit");
        var spec = jdbc.sql(sql.toString()).param("event", eventId).param("limit", limit + 1);
        if (!text.isEmpty()) {
            spec = spec.param("like", "%" + escapeLike(text) + "%");
        }
        if (cursor != null) {
            spec = spec.param("cname", cursor.name()).param("cid", cursor.id());
        }
        List<Registration> rows = spec.query((rs, n) -> registration(rs, false)).list();
        String next = null;
        if (rows.size() > limit) {
            Registration last = rows.get(limit - 1);
            next = NameCursor.encode(last.memberName().toLowerCase(Locale.ROOT), last.id());
            rows = rows.subList(0, limit);
        }
        return new AttendeePage(List.copyOf(rows), next);
    }

    @Override
    public String exportAttendeesCsv(UUID eventId) {
        actor.requireNotKiosk();
        Locked event = requireManaged(eventId);
        AttendeeCsv csv = new AttendeeCsv(event.zone());
        jdbc.sql("SELECT " + REGISTRATION_COLUMNS
                        + " FROM event_attendees a JOIN personal_details p ON p.user_id = a.user_id"
                        + " WHERE a.event_id = ? ORDER BY lower(coalesce(nullif(p.full_name, ''), p.email)), a.id")
                .param(eventId)
                .query((rs, n) -> registration(rs, false))
                .list()
                .forEach(r -> csv.row(Arrays.asList(r.memberName(), r.email(), db(r.role()), db(r.status()),
                        csv.time(r.registeredAt()), csv.time(r.waitlistedAt()), csv.time(r.checkedInAt()))));
        return csv.toString();
    }

    // ---- kiosk ---------------------------------------------------------------------------------

    @Override
    public KioskAssignment createKiosk(UUID eventId, CreateKiosk command) {
        actor.requireStaff();
        new Problems()
                .email("email", command == null ? null : command.email())
                .password("password", command == null ? null : command.password())
                .requiredText("name", command == null ? null : command.name(), 100)
                .required("exitPin", command == null ? null : command.exitPin())
                .matches("exitPin", command == null ? null : command.exitPin(), PIN, "invalid-pin", "events.invalidPin")
                .throwIfAny();
        find(eventId).orElseThrow(LocalEventService::eventNotFound);
        UUID kioskId = Ids.next();
        String passwordHash = ctx.passwords().hash(command.password());
        String pinHash = ctx.passwords().hash(command.exitPin());
        try {
            ctx.tx().executeWithoutResult(tx -> {
                boolean taken = jdbc.sql("SELECT count(*) FROM personal_details WHERE lower(email) = lower(?)")
                        .param(command.email().trim()).query(Long.class).single() > 0;
                if (taken) {
                    throw new ConflictException(Messages.get("accounts.emailTaken"));
                }
                insertMember(kioskId, command.email().trim(), passwordHash, command.name().trim(), null, "kiosk");
                jdbc.sql("""
                        INSERT INTO kiosk_assignments (kiosk_id, event_id, exit_pin_hash, assigned_by, assigned_at)
                        VALUES (?, ?, ?, ?, now())
                        """).params(kioskId, eventId, pinHash, actor.memberId()).update();
                AuditLog.record(jdbc, actor.memberId(), "kiosk.create", "event", eventId, null,
                        Map.of("kiosk", kioskId.toString(), "email", command.email().trim()));
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException(Messages.get("accounts.emailTaken"));
        }
        return kiosk(kioskId).orElseThrow();
    }

    @Override
    public KioskAssignment assignKiosk(UUID kioskId, UUID eventId, String exitPin) {
        actor.requireStaff();
        new Problems().required("kioskId", kioskId).required("exitPin", exitPin)
                .matches("exitPin", exitPin, PIN, "invalid-pin", "events.invalidPin").throwIfAny();
        find(eventId).orElseThrow(LocalEventService::eventNotFound);
        String role = jdbc.sql("SELECT role FROM personal_details WHERE user_id = ? AND deleted_at IS NULL")
                .param(kioskId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException(Messages.get("events.memberNotFound")));
        if (!role.equals("kiosk")) {
            throw new ValidationException(List.of(new Violation("kioskId", "not-kiosk", Messages.get("events.notKiosk"))));
        }
        String pinHash = ctx.passwords().hash(exitPin);
        ctx.tx().executeWithoutResult(tx -> {
            jdbc.sql("""
                    INSERT INTO kiosk_assignments (kiosk_id, event_id, exit_pin_hash, assigned_by, assigned_at)
                    VALUES (:kiosk, :event, :pin, :by, now())
                    ON CONFLICT (kiosk_id) DO UPDATE SET event_id = :event, exit_pin_hash = :pin, assigned_by = :by,
                      assigned_at = now(), pin_failures = 0, pin_locked_until = NULL,
                      version = kiosk_assignments.version + 1
                    """).param("kiosk", kioskId).param("event", eventId).param("pin", pinHash)
                    .param("by", actor.memberId()).update();
            AuditLog.record(jdbc, actor.memberId(), "kiosk.assign", "event", eventId, null, Map.of("kiosk", kioskId.toString()));
        });
        return kiosk(kioskId).orElseThrow();
    }

    @Override
    public List<KioskAssignment> kiosks(UUID eventId) {
        actor.requireNotKiosk();
        requireManaged(eventId);
        return jdbc.sql(KIOSK_SELECT + " WHERE k.event_id = ? ORDER BY k.assigned_at, k.kiosk_id")
                .param(eventId).query((rs, n) -> kiosk(rs)).list();
    }

    private static final String KIOSK_SELECT = """
            SELECT k.kiosk_id, p.email, coalesce(nullif(p.full_name, ''), p.email) AS name, k.event_id, e.title, k.assigned_at
            FROM kiosk_assignments k JOIN personal_details p ON p.user_id = k.kiosk_id JOIN events e ON e.id = k.event_id
            """;

    private Optional<KioskAssignment> kiosk(UUID kioskId) {
        return jdbc.sql(KIOSK_SELECT + " WHERE k.kiosk_id = ?").param(kioskId).query((rs, n) -> kiosk(rs)).optional();
    }

    private static KioskAssignment kiosk(ResultSet rs) throws SQLException {
        return new KioskAssignment(rs.getObject("kiosk_id", UUID.class), rs.getString("email"), rs.getString("name"),
                rs.getObject("event_id", UUID.class), rs.getString("title"), instant(rs, "assigned_at"));
    }

    @Override
    public EventView kioskEvent() {
        return find(assignedEvent()).orElseThrow(LocalEventService::eventNotFound);
    }

    @Override
    public CheckInResult checkIn(UUID eventId, String code) {
        requireCheckInAt(eventId);
        String scanned = code == null ? "" : code.strip();
        String recorded = scanned.length() > MAX_SCAN_TEXT ? scanned.substring(0, MAX_SCAN_TEXT) : scanned;
        return ctx.tx().execute(tx -> {
            Optional<Found> found = scanned.isEmpty() || scanned.length() > 64 ? Optional.empty()
                    : jdbc.sql(FOUND_SELECT + " WHERE a.ticket_code = ?").param(scanned).query((rs, n) -> found(rs)).optional();
            if (found.isEmpty()) {
                return scan(eventId, null, recorded, CheckInOutcome.UNKNOWN_CODE, null, null, "invalid", source());
            }
            if (!found.get().eventId().equals(eventId)) {
                return scan(eventId, null, recorded, CheckInOutcome.NOT_REGISTERED, null, null, "not_registered", source());
            }
            return checkInFound(eventId, found.get(), recorded, source());
        });
    }

    @Override
    public CheckInResult checkInRegistration(UUID eventId, UUID registrationId) {
        requireCheckInAt(eventId);
        return ctx.tx().execute(tx -> {
            Found found = jdbc.sql(FOUND_SELECT + " WHERE a.id = ? AND a.event_id = ?").params(registrationId, eventId)
                    .query((rs, n) -> found(rs)).optional()
                    .orElseThrow(() -> new NotFoundException(Messages.get("events.registrationNotFound")));
            return checkInFound(eventId, found, null, source() + "-search");
        });
    }

    @Override
    public List<Registration> findAttendees(UUID eventId, String text) {
        requireCheckInAt(eventId);
        String t = text == null ? "" : text.trim();
        new Problems().text("text", t, 200).throwIfAny();
        if (t.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + REGISTRATION_COLUMNS + """
                         FROM event_attendees a JOIN personal_details p ON p.user_id = a.user_id
                        WHERE a.event_id = :event AND (p.full_name ILIKE :like OR p.email ILIKE :like
                              OR strict_word_similarity(:text, p.full_name) > 0.35)
                        ORDER BY (lower(p.email) = lower(:text)) DESC, strict_word_similarity(:text, p.full_name) DESC,
                                 lower(p.full_name), a.id
                        LIMIT 20
                        """)
                .param("event", eventId).param("like", "%" + escapeLike(t) + "%").param("text", t)
                .query((rs, n) -> registration(rs, false)).list();
    }

    @Override
    public CheckInResult registerWalkIn(UUID eventId, WalkIn walkIn) {
        requireCheckInAt(eventId);
        new Problems()
                .requiredText("firstName", walkIn == null ? null : walkIn.firstName(), 100)
                .requiredText("lastName", walkIn == null ? null : walkIn.lastName(), 100)
                .email("email", walkIn == null ? null : walkIn.email())
                .throwIfAny();
        String email = walkIn.email().trim();
        // Hashed before the transaction: bcrypt takes ~70 ms and must not hold the event lock.
        String unusablePassword = ctx.passwords().hash(TicketCodes.next() + TicketCodes.next());
        return ctx.tx().execute(tx -> {
            Locked locked = lockEvent(eventId).orElseThrow(LocalEventService::eventNotFound);
            if (locked.status() != EventStatus.PUBLISHED) {
                throw new ConflictException(Messages.get("events.notOpen"));
            }
            UUID member = jdbc.sql("SELECT user_id FROM personal_details WHERE lower(email) = lower(?) AND deleted_at IS NULL")
                    .param(email).query(UUID.class).optional().orElse(null);
            if (member == null) {
                member = Ids.next();
                insertMember(member, email, unusablePassword, walkIn.firstName().trim(), walkIn.lastName().trim(), "user");
                AuditLog.record(jdbc, actor.memberId(), "member.create", "member", member, null,
                        Map.of("email", email, "role", "user", "source", "walk-in"));
            }
            Optional<Existing> existing = existing(eventId, member);
            UUID registrationId;
            if (existing.isPresent() && existing.get().status().equals("confirmed")) {
                registrationId = existing.get().id();
            } else if (existing.isPresent() && existing.get().status().equals("waitlist")) {
                if (locked.capacity() != null && locked.confirmed() >= locked.capacity()) {
                    throw new ConflictException(Messages.get("events.noPlaces"));
                }
                jdbc.sql("UPDATE event_attendees SET status = 'confirmed', waitlisted_at = NULL, updated_at = now(), version = version + 1 WHERE id = ?")
                        .param(existing.get().id()).update();
                registrationId = existing.get().id();
            } else {
                registrationId = place(locked, member, AttendeeRole.ATTENDEE, false, Messages.get("events.memberAlreadyRegistered"));
            }
            Found found = jdbc.sql(FOUND_SELECT + " WHERE a.id = ?").param(registrationId).query((rs, n) -> found(rs)).single();
            return checkInFound(eventId, found, null, "walk-in");
        });
    }

    // ---- offline check-ins (decision 0013; replayed by the sync service, not on EventService) -----

    /**
     * Merges a scan a door made with no network: the earliest scan of a ticket holds the check-in
     * (an earlier scan synced late takes it over), every other one is recorded as a duplicate; the
     * same scan id merged twice changes nothing. Same authorisation as {@link #checkIn}.
     */
    public MergedScan mergeOfflineScan(OfflineScan scan) {
        Problems problems = new Problems()
                .required("eventId", scan == null ? null : scan.eventId())
                .required("scanId", scan == null ? null : scan.scanId())
                .required("scannedAt", scan == null ? null : scan.scannedAt())
                .text("source", scan == null ? null : scan.source(), 100);
        if (scan != null && scan.code() == null && scan.registrationId() == null) {
            problems.add("code", "required", Messages.get("validation.required"));
        }
        problems.throwIfAny();
        requireCheckInAt(scan.eventId());
        String source = scan.source() == null || scan.source().isBlank() ? source() : scan.source().strip();
        return ctx.tx().execute(tx -> new OfflineCheckIns(jdbc, actor.memberId()).scan(scan, source));
    }

    /**
     * Merges a walk-in a door registered with no network: confirmed and checked in at the scan's
     * time, flagged over capacity when the event was already full; attached to the existing member
     * when the e-mail is known. Same authorisation as {@link #registerWalkIn}.
     */
    public MergedScan mergeOfflineWalkIn(OfflineWalkIn walkIn) {
        new Problems()
                .required("eventId", walkIn == null ? null : walkIn.eventId())
                .requiredText("firstName", walkIn == null ? null : walkIn.firstName(), 100)
                .requiredText("lastName", walkIn == null ? null : walkIn.lastName(), 100)
                .email("email", walkIn == null ? null : walkIn.email())
                .required("memberId", walkIn == null ? null : walkIn.memberId())
                .required("registrationId", walkIn == null ? null : walkIn.registrationId())
                .required("scanId", walkIn == null ? null : walkIn.scanId())
                .required("scannedAt", walkIn == null ? null : walkIn.scannedAt())
                .throwIfAny();
        requireCheckInAt(walkIn.eventId());
        // Hashed before the transaction: bcrypt takes ~70 ms and must not hold the event lock.
        String unusablePassword = ctx.passwords().hash(TicketCodes.next() + TicketCodes.next());
        return ctx.tx().execute(tx -> new OfflineCheckIns(jdbc, actor.memberId()).walkIn(walkIn, unusablePassword));
    }

    @Override
    public boolean verifyExitPin(String pin) {
        if (actor.role() != Role.KIOSK) {
            throw new PermissionDeniedException(Messages.get("events.notKiosk"));
        }
        UUID kioskId = actor.memberId();
        record PinState(String hash, Instant lockedUntil) {
        }
        PinState state = jdbc.sql("SELECT exit_pin_hash, pin_locked_until FROM kiosk_assignments WHERE kiosk_id = ?")
                .param(kioskId).query((rs, n) -> new PinState(rs.getString("exit_pin_hash"), instant(rs, "pin_locked_until")))
                .optional()
                .orElseThrow(() -> new NotFoundException(Messages.get("events.kioskNotAssigned")));
        Instant now = now();
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
            return false;
        }
        boolean ok = pin != null && PIN.matcher(pin).matches() && ctx.passwords().matches(pin, state.hash());
        if (ok) {
            jdbc.sql("UPDATE kiosk_assignments SET pin_failures = 0, pin_locked_until = NULL WHERE kiosk_id = ?")
                    .param(kioskId).update();
        } else {
            // guessing a 4-digit PIN at the door should take days, not minutes
            jdbc.sql("""
                    UPDATE kiosk_assignments SET
                      pin_locked_until = CASE WHEN pin_failures + 1 >= :max THEN :until ELSE pin_locked_until END,
                      pin_failures = CASE WHEN pin_failures + 1 >= :max THEN 0 ELSE pin_failures + 1 END
                    WHERE kiosk_id = :kiosk
                    """).param("max", MAX_PIN_FAILURES).param("until", odt(now.plusSeconds(PIN_LOCK_SECONDS)))
                    .param("kiosk", kioskId).update();
        }
        return ok;
    }

    private static final String FOUND_SELECT = """
            SELECT a.id, a.event_id, a.status, a.role, a.check_in_time,
              coalesce(nullif(p.full_name, ''), p.email) AS member_name
            FROM event_attendees a JOIN personal_details p ON p.user_id = a.user_id
            """;

    private record Found(UUID id, UUID eventId, String status, AttendeeRole role, Instant checkedInAt, String name) {
    }

    private static Found found(ResultSet rs) throws SQLException {
        return new Found(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), rs.getString("status"),
                en(AttendeeRole.class, rs.getString("role")), instant(rs, "check_in_time"), rs.getString("member_name"));
    }

    /** Checks in a registration of this event; runs inside the caller's transaction. */
    private CheckInResult checkInFound(UUID eventId, Found f, String code, String source) {
        if (f.status().equals("waitlist")) {
            return scan(eventId, f, code, CheckInOutcome.WAITLISTED, null, null, "waitlisted", source);
        }
        if (!f.status().equals("confirmed")) {
            return scan(eventId, f, code, CheckInOutcome.CANCELLED, null, null, "cancelled", source);
        }
        Instant now = now();
        // Only one of two simultaneous scans matches check_in_time IS NULL: the other waits for the
        // row lock, re-checks the condition after the first commits, and updates nothing.
        int won = jdbc.sql("""
                UPDATE event_attendees SET check_in_time = :now, checked_in_by = :by, check_in_source = :source,
                  updated_at = now()
                WHERE id = :id AND status = 'confirmed' AND check_in_time IS NULL
                """).param("now", odt(now)).param("by", actor.memberId()).param("source", source).param("id", f.id())
                .update();
        if (won == 1) {
            return scan(eventId, f, code, CheckInOutcome.CHECKED_IN, now, now, "checked_in", source);
        }
        Instant first = jdbc.sql("SELECT check_in_time FROM event_attendees WHERE id = ?").param(f.id())
                .query((rs, n) -> instant(rs, "check_in_time")).single();
        if (first == null) {
            // cancelled or moved to the waitlist between the read and the update
            return scan(eventId, f, code, CheckInOutcome.CANCELLED, null, null, "cancelled", source);
        }
        return scan(eventId, f, code, CheckInOutcome.ALREADY_CHECKED_IN, first, first, "duplicate", source);
    }

    private CheckInResult scan(UUID eventId, Found f, String code, CheckInOutcome outcome, Instant firstCheckIn,
                               Instant recordedFirst, String dbOutcome, String source) {
        Instant now = now();
        jdbc.sql("""
                INSERT INTO event_check_in_scans (id, event_id, attendee_id, ticket_code, scanned_at, scanned_by, source,
                  outcome, first_check_in_time)
                VALUES (:id, :event, :attendee, :code, :now, :by, :source, :outcome, :first)
                """)
                .param("id", Ids.next()).param("event", eventId).param("attendee", f == null ? null : f.id())
                .param("code", code).param("now", odt(now)).param("by", actor.memberId()).param("source", source)
                .param("outcome", dbOutcome).param("first", odt(recordedFirst)).update();
        Integer placesLeft = jdbc.sql("SELECT max_attendees - current_attendees FROM events WHERE id = ?")
                .param(eventId).query(Integer.class).optional().orElse(null);
        return new CheckInResult(outcome, f == null ? null : f.id(), f == null ? null : f.name(), f == null ? null : f.role(),
                firstCheckIn, now, placesLeft == null ? null : Math.max(0, placesLeft));
    }

    /** Microseconds, as PostgreSQL stores them, so a returned time equals the stored one. */
    private Instant now() {
        return ctx.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private String source() {
        return actor.role() == Role.KIOSK ? "kiosk" : "staff";
    }

    /** The kiosk may check in only at its event; otherwise the organiser or staff. */
    private void requireCheckInAt(UUID eventId) {
        if (actor.role() == Role.KIOSK) {
            if (!assignedEvent().equals(eventId)) {
                throw new PermissionDeniedException(Messages.get("events.kioskWrongEvent"));
            }
            return;
        }
        requireManaged(eventId);
    }

    private UUID assignedEvent() {
        if (actor.role() != Role.KIOSK) {
            throw new PermissionDeniedException(Messages.get("events.notKiosk"));
        }
        return jdbc.sql("SELECT event_id FROM kiosk_assignments WHERE kiosk_id = ?").param(actor.memberId())
                .query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException(Messages.get("events.kioskNotAssigned")));
    }

    private void insertMember(UUID id, String email, String passwordHash, String first, String last, String role) {
        jdbc.sql("""
                INSERT INTO personal_details (user_id, email, password_hash, first_name, last_name, role,
                                              profile_state, profile_visibility, profile_completion, search_vector)
                VALUES (:id, :email, :hash, :first, :last, :role, 'DRAFT', 'public', 0,
                        sf_member_search_vector(:first, :last, NULL))
                """)
                .param("id", id).param("email", email).param("hash", passwordHash).param("first", first)
                .param("last", last).param("role", role).update();
    }

    // ---- reading and locking -------------------------------------------------------------------

    private Optional<EventView> find(UUID eventId) {
        if (eventId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + EVENT_COLUMNS + EVENT_FROM + " WHERE e.id = :id")
                .param("id", eventId).param("viewer", actor.memberId())
                .query((rs, n) -> event(rs)).optional();
    }

    private boolean visible(EventView e) {
        return e.status() != EventStatus.DRAFT || e.canManage();
    }

    /** The event's fields that registration decides on, read with the row locked. */
    private record Locked(UUID id, long version, String title, EventStatus status, UUID organizer, Integer capacity,
                          int confirmed, Instant deadline, ZoneId zone) {
    }

    private Optional<Locked> lockEvent(UUID eventId) {
        if (eventId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id, version, title, status, organizer_id, max_attendees, current_attendees, registration_deadline, timezone
                FROM events WHERE id = ? FOR UPDATE
                """).param(eventId).query((rs, n) -> new Locked(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getString("title"), en(EventStatus.class, rs.getString("status")),
                        rs.getObject("organizer_id", UUID.class), (Integer) rs.getObject("max_attendees"),
                        rs.getInt("current_attendees"), instant(rs, "registration_deadline"), ZoneId.of(rs.getString("timezone"))))
                .optional();
    }

    private boolean canManage(UUID organizer) {
        return actor.isStaff() || actor.is(organizer);
    }

    private Locked lockVisible(UUID eventId) {
        Locked locked = lockEvent(eventId).orElseThrow(LocalEventService::eventNotFound);
        if (locked.status() == EventStatus.DRAFT && !canManage(locked.organizer())) {
            throw eventNotFound();
        }
        return locked;
    }

    private Locked lockManaged(UUID eventId) {
        Locked locked = lockVisible(eventId);
        if (!canManage(locked.organizer())) {
            throw new PermissionDeniedException(Messages.get("events.notYours"));
        }
        return locked;
    }

    /** The event, when the actor is its organiser or staff (not locked). */
    private Locked requireManaged(UUID eventId) {
        Locked locked = eventId == null ? null : jdbc.sql("""
                SELECT id, version, title, status, organizer_id, max_attendees, current_attendees, registration_deadline, timezone
                FROM events WHERE id = ?
                """).param(eventId).query((rs, n) -> new Locked(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getString("title"), en(EventStatus.class, rs.getString("status")),
                        rs.getObject("organizer_id", UUID.class), (Integer) rs.getObject("max_attendees"),
                        rs.getInt("current_attendees"), instant(rs, "registration_deadline"), ZoneId.of(rs.getString("timezone"))))
                .optional().orElse(null);
        if (locked == null || (locked.status() == EventStatus.DRAFT && !canManage(locked.organizer()))) {
            throw eventNotFound();
        }
        if (!canManage(locked.organizer())) {
            throw new PermissionDeniedException(Messages.get("events.notYours"));
        }
        return locked;
    }

    private record Existing(UUID id, String status) {
    }

    private Optional<Existing> existing(UUID eventId, UUID memberId) {
        return jdbc.sql("SELECT id, status FROM event_attendees WHERE event_id = ? AND user_id = ?")
                .params(eventId, memberId)
                .query((rs, n) -> new Existing(rs.getObject("id", UUID.class), rs.getString("status"))).optional();
    }

    private Registration registration(UUID id, boolean withTicket) {
        return jdbc.sql("SELECT " + REGISTRATION_COLUMNS + " FROM event_attendees a JOIN personal_details p ON p.user_id = a.user_id WHERE a.id = ?")
                .param(id).query((rs, n) -> registration(rs, withTicket)).single();
    }

    private static Registration registration(ResultSet rs, boolean withTicket) throws SQLException {
        return new Registration(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getString("member_name"), rs.getString("email"),
                en(AttendeeRole.class, rs.getString("role")), status(rs.getString("status")),
                instant(rs, "registered_at"), instant(rs, "waitlisted_at"), instant(rs, "check_in_time"),
                withTicket ? rs.getString("ticket_code") : null, rs.getLong("version"),
                en(OfflineCheckIn.class, rs.getString("offline_status")), rs.getInt("duplicate_scans"));
    }

    private EventView event(ResultSet rs) throws SQLException {
        UUID organizer = rs.getObject("organizer_id", UUID.class);
        UUID eventId = rs.getObject("id", UUID.class);
        Registration mine = null;
        if (rs.getObject("m_id") != null) {
            mine = new Registration(rs.getObject("m_id", UUID.class), eventId, actor.memberId(), null, null,
                    en(AttendeeRole.class, rs.getString("m_role")), status(rs.getString("m_status")),
                    instant(rs, "m_registered_at"), instant(rs, "m_waitlisted_at"), instant(rs, "m_check_in"),
                    rs.getString("m_ticket"), rs.getLong("m_version"), null, 0);
        }
        java.sql.Array tags = rs.getArray("tags");
        return new EventView(eventId, rs.getLong("version"), rs.getString("title"), rs.getString("description"),
                en(EventType.class, rs.getString("event_type")), en(EventStatus.class, rs.getString("status")),
                instant(rs, "start_date_time"), instant(rs, "end_date_time"), rs.getString("timezone"),
                rs.getString("location"), rs.getString("virtual_meeting_url"), rs.getBoolean("is_online"),
                (Integer) rs.getObject("max_attendees"), rs.getInt("current_attendees"), rs.getInt("waitlisted"),
                instant(rs, "registration_deadline"), rs.getBigDecimal("price"), rs.getString("currency"),
                tags == null ? List.of() : List.of((String[]) tags.getArray()),
                organizer, rs.getString("organizer_name"), mine, canManage(organizer));
    }

    // ---- validation and conversions ------------------------------------------------------------

    private static void validate(SaveEvent c) {
        Problems p = new Problems()
                .requiredText("title", c.title(), 500)
                .text("description", c.description(), 20_000)
                .required("type", c.type())
                .required("start", c.start())
                .required("end", c.end())
                .required("timeZone", c.timeZone())
                .text("location", c.location(), 500)
                .text("virtualMeetingUrl", c.virtualMeetingUrl(), 2000)
                .matches("virtualMeetingUrl", c.virtualMeetingUrl(), URL, "invalid-url", "events.invalidUrl")
                .range("capacity", c.capacity(), 0, MAX_CAPACITY)
                .money("price", c.price(), MAX_PRICE)
                .required("currency", c.currency())
                .matches("currency", c.currency(), CURRENCY, "invalid-currency", "events.invalidCurrency")
                .list("tags", c.tags(), 20, 50);
        // IANA ids only: ZoneId.of also takes offsets like "+02:00", which do not follow daylight saving
        if (c.timeZone() != null && !c.timeZone().isBlank() && !ZoneId.getAvailableZoneIds().contains(c.timeZone())) {
            p.add("timeZone", "invalid-time-zone", Messages.get("validation.invalidTimeZone"));
        }
        if (c.start() != null && c.end() != null && c.end().isBefore(c.start())) {
            p.add("end", "before-start", Messages.get("events.endBeforeStart"));
        }
        if (c.start() != null && c.registrationDeadline() != null && c.registrationDeadline().isAfter(c.start())) {
            p.add("registrationDeadline", "after-start", Messages.get("events.deadlineAfterStart"));
        }
        p.throwIfAny();
    }

    static String db(Enum<?> value) {
        if (value == RegistrationStatus.WAITLISTED) {
            return "waitlist";
        }
        return value.name().toLowerCase(Locale.ROOT);
    }


    private static RegistrationStatus status(String db) {
        switch (db) {
            case "confirmed":
                return RegistrationStatus.CONFIRMED;
            case "waitlist":
                return RegistrationStatus.WAITLISTED;
            default:
                return RegistrationStatus.CANCELLED;
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime odt(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }


    private static NotFoundException eventNotFound() {
        return new NotFoundException(Messages.get("events.notFound"));
    }

    /** Opaque keyset position of the events list: start time and id of the last row. */
    record Cursor(Instant start, UUID id) {

        static String encode(Instant start, UUID id) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("e\n" + start + "\n" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
                if (parts.length != 3 || !parts[0].equals("e")) {
                    throw new IllegalArgumentException("cursor kind");
                }
                return new Cursor(Instant.parse(parts[1]), UUID.fromString(parts[2]));
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                throw new ValidationException(List.of(new Violation("cursor", "invalid", Messages.get("events.invalidCursor"))));
            }
        }
    }

    /** Opaque keyset position of an attendee list: lower-cased name and id of the last row. */
    record NameCursor(String name, UUID id) {

        static String encode(String name, UUID id) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("a\n" + name + "\n" + id).getBytes(StandardCharsets.UTF_8));
        }

        static NameCursor decode(String token) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                int first = raw.indexOf('\n');
                int last = raw.lastIndexOf('\n');
                if (first != 1 || last <= first || raw.charAt(0) != 'a') {
                    throw new IllegalArgumentException("cursor kind");
                }
                return new NameCursor(raw.substring(first + 1, last), UUID.fromString(raw.substring(last + 1)));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(List.of(new Violation("cursor", "invalid", Messages.get("events.invalidCursor"))));
            }
        }
    }
}
