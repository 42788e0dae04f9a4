package org.smilefactory.server.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.events.AddAttendee;
import org.smilefactory.core.api.events.AttendeeRole;
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.KioskAssignment;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hub on a real app-server behind a {@link FaultProxy}, set up through the contract as an online
 * client would: the admin, a staff member, members, events and registrations.
 */
final class SyncHub implements AutoCloseable {

    static final String ZONE = "Africa/Harare";

    final SyncServer server;
    final FaultProxy proxy;
    /** An online client of the hub through the proxy. */
    final Backend online;
    final Session admin;
    final String adminEmail;

    private SyncHub(SyncServer server) {
        this.server = server;
        this.proxy = FaultProxy.to(server.port());
        this.online = Backends.remote(proxy.uri());
        this.adminEmail = Hubs.uniqueEmail("admin");
        this.admin = online.completeSetup(Hubs.setup(adminEmail).withSetupCode(server.setupCode()));
    }

    static SyncHub inProcess() {
        return new SyncHub(SyncServer.inProcess());
    }

    private static SyncHub shared;

    /**
     * The hub every sync test class shares (starting app-server costs far more than any of the tests):
     * its server runs in a JVM of its own, so {@link ServerKilledMidPushTest} can kill it; it stops when
     * the test JVM exits. Tests make their own members and events and never close it. Each call puts the
     * proxy back to plain forwarding.
     */
    static synchronized SyncHub shared() {
        if (shared == null) {
            shared = external();
            SyncHub hub = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(hub::close));
        }
        if (!shared.server.running()) {
            shared.restartServer();
        }
        shared.proxy.reset();
        return shared;
    }

    static SyncHub external() {
        return new SyncHub(SyncServer.external());
    }

    JdbcClient db() {
        return server.db();
    }

    /** Restarts a stopped or killed server and points the proxy at it. */
    void restartServer() {
        server.start();
        proxy.retarget(server.port());
    }

    MemberAccount createMember(Role role, String first, String last) {
        CreateMember command = new CreateMember(Hubs.uniqueEmail(first.toLowerCase()), Hubs.MEMBER_PASSWORD, first, last, role);
        try {
            return admin.accounts().createMember(command);
        } catch (org.smilefactory.core.api.BackendUnavailableException e) {
            // The shared server may have been killed and restarted by an earlier test class: the client's
            // pooled keep-alive connection to the dead process fails once ("unexpected end of stream")
            // and the remote backend never retries a POST by itself. The dead process did not apply it.
            return admin.accounts().createMember(command);
        }
    }

    /** A member with a published innovator profile, signed in online. */
    Session member(Role role, String first, String last) {
        MemberAccount m = createMember(role, first, last);
        Session s = online.signIn(m.email(), Hubs.MEMBER_PASSWORD);
        ProfileView mine = s.profiles().mine();
        ProfileView saved = s.profiles().save(new SaveProfile(mine.memberId(), mine.version(), first, last, first + "'s profile",
                null, null, null, "Building things in Harare.", "Harare", ProfileType.INNOVATOR, ProfileVisibility.PUBLIC,
                new InnovatorDetails("Fintech", null, null, null, null, null, null, null, null)));
        s.profiles().publish(saved.memberId(), saved.version());
        return s;
    }

    Session staff(String first, String last) {
        return member(Role.STAFF, first, last);
    }

    EventView publishedEvent(Session organiser, String title, Integer capacity) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of(ZONE)).plusDays(10).truncatedTo(ChronoUnit.HOURS).withHour(9);
        EventView draft = organiser.events().save(new SaveEvent(null, 0, title, "All about " + title, EventType.MEETUP,
                start, start.plusHours(3), ZONE, "Harare Innovation Hub", null, false, capacity, null,
                new BigDecimal("10.00"), "USD", List.of("demo")));
        return organiser.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
    }

    /** {@code count} members registered by staff as attendees of the event. */
    List<Registration> attendees(Session staff, UUID eventId, int count, String lastName) {
        List<Registration> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MemberAccount m = createMember(Role.USER, "Guest" + i, lastName);
            out.add(staff.events().addAttendee(eventId, new AddAttendee(m.id(), AttendeeRole.ATTENDEE)));
        }
        return out;
    }

    String ticketCode(UUID registrationId) {
        return db().sql("SELECT ticket_code FROM event_attendees WHERE id = :id").param("id", registrationId)
                .query(String.class).single();
    }

    record Kiosk(KioskAssignment assignment, String email) {
    }

    Kiosk kiosk(Session staff, UUID eventId, String door) {
        String email = Hubs.uniqueEmail("kiosk");
        KioskAssignment a = staff.events().createKiosk(eventId, new CreateKiosk(email, Hubs.MEMBER_PASSWORD, door, "2468"));
        return new Kiosk(a, email);
    }

    long appliedMutations() {
        return db().sql("SELECT count(*) FROM sync_applied_mutations").query(Long.class).single();
    }

    /** Inserts {@code count} members straight into the server's database (the change log's triggers see them). */
    void bulkMembers(int count, String tag) {
        db().sql("""
                INSERT INTO personal_details (user_id, email, password_hash, first_name, last_name, role, bio, location,
                                              profile_visibility, version)
                SELECT gen_random_uuid(), :tag || '.' || g || '@bulk.example', 'not-a-hash', 'Bulk' || g, :tag,
                       'user', 'Imported member number ' || g, 'Bulawayo', 'public', 1
                FROM generate_series(1, :n) g
                """).param("tag", tag).param("n", count).update();
    }

    record Ticket(UUID registrationId, UUID memberId, String code) {
    }

    /**
     * {@code count} new members registered (confirmed) for the event, written straight into the server's
     * database in one statement each (the change log's triggers log them like any other writer).
     */
    List<Ticket> bulkRegistrations(UUID eventId, int count, String tag) {
        bulkMembers(count, tag);
        db().sql("""
                INSERT INTO event_attendees (id, event_id, user_id, status, role, ticket_code)
                SELECT gen_random_uuid(), :event, p.user_id, 'confirmed', 'attendee',
                       substr(md5(random()::text) || md5(random()::text), 1, 24)
                FROM personal_details p WHERE p.last_name = :tag
                """).param("event", eventId).param("tag", tag).update();
        return db().sql("""
                SELECT a.id, a.user_id, a.ticket_code FROM event_attendees a
                JOIN personal_details p ON p.user_id = a.user_id
                WHERE a.event_id = :event AND p.last_name = :tag ORDER BY p.email
                """).param("event", eventId).param("tag", tag)
                .query((rs, n) -> new Ticket(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
    }

    /** Members with this last name (from {@link #bulkMembers}), by e-mail. */
    List<UUID> membersNamed(String lastName) {
        return db().sql("SELECT user_id FROM personal_details WHERE last_name = :n ORDER BY email").param("n", lastName)
                .query(UUID.class).list();
    }

    static Instant minutesAgo(int minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public void close() {
        try {
            online.close();
        } finally {
            proxy.close();
            server.close();
        }
    }
}
