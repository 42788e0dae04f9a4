package org.smilefactory.core.sync;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.sync.SyncTables;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.profiles.LocalProfileService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which rows of the replicated tables one member's replica holds (decision 0013): staff every row; a
 * kiosk its own rows, its event, the event's registrations, their members and the event's scans; a
 * member their own rows, the profiles the directory shows them, visible events and their own
 * registrations. Decided for a whole page at once: one query per table.
 *
 * <p>Staff may ask for a replica that keeps only what they need ({@code needed}: for laptops that
 * travel): their own rows, the events they organise or attend, the registrations, scans and kiosks of
 * the events they organise, and the members of those registrations and the organisers of those events.
 */
final class SyncScope {

    private final JdbcClient jdbc;
    private final UUID me;
    private final Role role;
    /** The kiosk's event; null for other roles and for a kiosk with no assignment. */
    private final UUID kioskEvent;
    /** Staff asked for only what they need (no effect for other roles, who hold little already). */
    private final boolean needed;

    private SyncScope(JdbcClient jdbc, UUID me, Role role, UUID kioskEvent, boolean needed) {
        this.jdbc = jdbc;
        this.me = me;
        this.role = role;
        this.kioskEvent = kioskEvent;
        this.needed = needed && role.isStaff();
    }

    static SyncScope of(JdbcClient jdbc, Actor actor) {
        return of(jdbc, actor, false);
    }

    /** @param needed a staff replica that keeps only what this staff member needs */
    static SyncScope of(JdbcClient jdbc, Actor actor, boolean needed) {
        UUID me = actor.memberId();
        Role role = actor.role();
        UUID event = role != Role.KIOSK ? null
                : jdbc.sql("SELECT event_id FROM kiosk_assignments WHERE kiosk_id = ?").param(me)
                        .query(UUID.class).optional().orElse(null);
        return new SyncScope(jdbc, me, role, event, needed);
    }

    /** Binds the viewer parameters of {@link RowProjection#payload}: {@code :me}, {@code :staff}, {@code :kioskEvent}. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return spec.param("me", me).param("staff", isStaff()).param("kioskEvent", kioskEvent, java.sql.Types.OTHER);
    }

    /**
     * Whether a registration carries its member's row along: the viewer may see the member only because
     * of the registration (a kiosk, a staff replica of only what is needed), and the member's row was not
     * logged when they registered.
     */
    boolean attendeeMembersFollow() {
        return isKiosk() || needed;
    }

    UUID me() {
        return me;
    }

    boolean isStaff() {
        return role.isStaff();
    }

    /** Staff everything ({@code staff}) or only what they need. */
    boolean isNeededOnly() {
        return needed;
    }

    boolean isKiosk() {
        return role == Role.KIOSK;
    }

    /** {@code staff}, {@code kiosk:<event id>} ({@code kiosk:none} when unassigned) or {@code member:<id>}. */
    String name() {
        if (needed) {
            return "staff-needed:" + me;
        }
        if (isStaff()) {
            return "staff";
        }
        if (isKiosk()) {
            return "kiosk:" + (kioskEvent == null ? "none" : kioskEvent);
        }
        return "member:" + me;
    }

    /** The ids among {@code ids} of rows of {@code table} this replica may hold now. */
    Set<UUID> visible(String table, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        if (isStaff() && !needed) {
            return new HashSet<>(ids);
        }
        String sql = needed ? neededRule(table) : isKiosk() ? kioskRule(table) : memberRule(table);
        if (sql == null) {
            return Set.of();
        }
        List<UUID> found = jdbc.sql(sql)
                .param("ids", ids.toArray(UUID[]::new))
                .param("viewer", me)
                .param("staff", false)
                .param("event", kioskEvent)
                .query(UUID.class).list();
        return new HashSet<>(found);
    }

    private String memberRule(String table) {
        if (table.equals("personal_details") || SyncTables.PROFILE_TABLES.contains(table)) {
            // the directory's rule; a profile type row goes with its member row
            String key = table.equals("personal_details") ? "p.user_id" : "x.user_id";
            String from = table.equals("personal_details") ? "personal_details p"
                    : table + " x JOIN personal_details p ON p.user_id = x.user_id";
            return "SELECT " + key + " FROM " + from + " WHERE " + key + " = ANY(:ids) AND (p.user_id = :viewer"
                    + " OR (p.deleted_at IS NULL AND p.role <> 'kiosk' AND " + LocalProfileService.VISIBLE_TO_VIEWER + "))";
        }
        switch (table) {
            case "events":
                // the event service's rule: drafts only for their organiser
                return "SELECT e.id FROM events e WHERE e.id = ANY(:ids) AND (e.status <> 'draft' OR e.organizer_id = :viewer)";
            case "event_attendees":
                return "SELECT a.id FROM event_attendees a WHERE a.id = ANY(:ids) AND a.user_id = :viewer";
            default:
                return null;
        }
    }

    /** Events a staff member organises or attends (alias {@code e}). */
    private static final String MY_EVENT = "(e.organizer_id = :viewer OR EXISTS (SELECT 1 FROM event_attendees m"
            + " WHERE m.event_id = e.id AND m.user_id = :viewer))";

    private String neededRule(String table) {
        if (table.equals("personal_details") || SyncTables.PROFILE_TABLES.contains(table)) {
            String key = table.equals("personal_details") ? "p.user_id" : "x.user_id";
            String from = table.equals("personal_details") ? "personal_details p" : table + " x";
            return "SELECT " + key + " FROM " + from + " WHERE " + key + " = ANY(:ids) AND (" + key + " = :viewer"
                    + " OR EXISTS (SELECT 1 FROM event_attendees a JOIN events e ON e.id = a.event_id"
                    + "            WHERE a.user_id = " + key + " AND e.organizer_id = :viewer)"
                    + " OR EXISTS (SELECT 1 FROM events e WHERE e.organizer_id = " + key + " AND " + MY_EVENT + "))";
        }
        switch (table) {
            case "events":
                return "SELECT e.id FROM events e WHERE e.id = ANY(:ids) AND " + MY_EVENT;
            case "event_attendees":
                return "SELECT a.id FROM event_attendees a WHERE a.id = ANY(:ids) AND (a.user_id = :viewer"
                        + " OR EXISTS (SELECT 1 FROM events e WHERE e.id = a.event_id AND e.organizer_id = :viewer))";
            case "event_check_in_scans":
                return "SELECT s.id FROM event_check_in_scans s JOIN events e ON e.id = s.event_id"
                        + " WHERE s.id = ANY(:ids) AND e.organizer_id = :viewer";
            case "kiosk_assignments":
                return "SELECT k.kiosk_id FROM kiosk_assignments k JOIN events e ON e.id = k.event_id"
                        + " WHERE k.kiosk_id = ANY(:ids) AND e.organizer_id = :viewer";
            default:
                return null;
        }
    }

    private String kioskRule(String table) {
        switch (table) {
            case "personal_details":
                return """
                        SELECT p.user_id FROM personal_details p WHERE p.user_id = ANY(:ids) AND (p.user_id = :viewer
                          OR EXISTS (SELECT 1 FROM event_attendees a WHERE a.event_id = :event AND a.user_id = p.user_id))
                        """;
            case "kiosk_assignments":
                return "SELECT k.kiosk_id FROM kiosk_assignments k WHERE k.kiosk_id = ANY(:ids) AND k.kiosk_id = :viewer";
            case "events":
                return "SELECT e.id FROM events e WHERE e.id = ANY(:ids) AND e.id = :event";
            case "event_attendees":
                return "SELECT a.id FROM event_attendees a WHERE a.id = ANY(:ids) AND a.event_id = :event";
            case "event_check_in_scans":
                return "SELECT s.id FROM event_check_in_scans s WHERE s.id = ANY(:ids) AND s.event_id = :event";
            default:
                return null;
        }
    }
}
