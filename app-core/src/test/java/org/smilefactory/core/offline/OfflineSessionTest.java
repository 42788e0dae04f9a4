package org.smilefactory.core.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.api.events.AttendeeQuery;
import org.smilefactory.core.api.events.CheckInOutcome;
import org.smilefactory.core.api.events.CheckInResult;
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventQuery;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.OfflineCheckIn;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.api.events.WalkIn;
import org.smilefactory.core.api.profiles.Gender;
import org.smilefactory.core.api.profiles.InnovationStage;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.search.SearchGroup;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.core.api.search.SearchQuery;
import org.smilefactory.core.api.search.SearchResults;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The offline session on a replica. The replica here is a test database filled through an ordinary
 * local backend (what a pull would have left in it); the tests then work on it as an offline member
 * or kiosk and look at the replica's rows and outbox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineSessionTest {

    private static final String ZONE = "Africa/Harare";
    private static final String NEEDS_SERVER = "needs the server; you are working offline";

    private Backend backend;
    private Session admin;
    private CoreContext replica;
    private JdbcClient db;

    @BeforeAll
    void openReplica() {
        backend = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        replica = ((LocalBackend) backend).context();
        db = replica.jdbc();
    }

    @AfterAll
    void close() {
        backend.close();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private String newMember(Role role, String first, String last) {
        String email = Hubs.uniqueEmail(first.toLowerCase());
        admin.accounts().createMember(new CreateMember(email, Hubs.MEMBER_PASSWORD, first, last, role));
        return email;
    }

    private OfflineSession offline(String email) {
        claim(email);
        return new OfflineSession(replica, OfflineSignIn.signIn(replica, email, Hubs.MEMBER_PASSWORD));
    }

    /** What an online sign-in leaves on a replica: its owner, and the hash this computer made of their password. */
    private void claim(String email) {
        UUID id = db.sql("SELECT user_id FROM personal_details WHERE lower(email) = lower(?)").param(email)
                .query(UUID.class).single();
        new ReplicaState(db).put(ReplicaState.MEMBER_ID, id.toString());
        OfflinePassword.remember(replica, Hubs.MEMBER_PASSWORD);
    }

    private OfflineSession offlineMember(String first, String last) {
        return offline(newMember(Role.USER, first, last));
    }

    private record Queued(UUID id, String kind, String entityType, UUID entityId, Long baseVersion, JsonNode payload,
                          Instant createdAt, String status) {
    }

    private List<Queued> outbox(String where, Object param) {
        return db.sql("""
                SELECT mutation_id, kind, entity_type, entity_id, base_version, payload::text AS payload, created_at, status
                FROM sync_outbox WHERE """ + " " + where + " ORDER BY created_at, mutation_id")
                .param(param)
                .query((rs, n) -> new Queued(rs.getObject("mutation_id", UUID.class), rs.getString("kind"),
                        rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
                        (Long) rs.getObject("base_version"), ContractJson.mapper().readTree(rs.getString("payload")),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("status")))
                .list();
    }

    private List<Queued> outboxOf(UUID entityId) {
        return outbox("entity_id = ?", entityId);
    }

    private List<Queued> outboxOfEvent(UUID eventId) {
        return outbox("payload->>'eventId' = ?", eventId.toString());
    }

    private static SaveProfile innovator(ProfileView current, String bio) {
        return new SaveProfile(current.memberId(), current.version(), current.firstName(), current.lastName(),
                "Mbeu Labs", Gender.FEMALE, "+263", "77 123 4567", bio, "Harare", ProfileType.INNOVATOR,
                ProfileVisibility.PUBLIC, new InnovatorDetails("Agritech", InnovationStage.MVP, "Mbeu Labs",
                        "Soil sensors", new BigDecimal("50000.00"), 4, "Subscription", "Farmers", "Cheap hardware"));
    }

    private EventView publishedEvent(String title, Integer capacity) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of(ZONE)).plusDays(10).truncatedTo(ChronoUnit.HOURS).withHour(9);
        EventView draft = admin.events().save(new SaveEvent(null, 0, title, "About " + title, EventType.MEETUP, start,
                start.plusHours(3), ZONE, "Harare Innovation Hub", null, false, capacity, null, null, "USD", List.of()));
        return admin.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
    }

    private record Kiosk(OfflineSession session, UUID kioskId) {
    }

    private Kiosk offlineKiosk(UUID eventId) {
        String email = Hubs.uniqueEmail("kiosk");
        UUID kioskId = admin.events().createKiosk(eventId, new CreateKiosk(email, Hubs.MEMBER_PASSWORD, "Door", "2468"))
                .kioskId();
        return new Kiosk(offline(email), kioskId);
    }

    /** A member registered for the event (made online, as the replica would have pulled it); their ticket code. */
    private String registered(UUID eventId, String first) {
        String email = newMember(Role.USER, first, "Guest");
        return backend.signIn(email, Hubs.MEMBER_PASSWORD).events().register(eventId).ticketCode();
    }

    private Instant scannedAt(UUID scanId) {
        return db.sql("SELECT scanned_at FROM event_check_in_scans WHERE id = ?").param(scanId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    }

    private static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.get(field).asString());
    }

    // ---- profiles ----------------------------------------------------------------------------------

    @Test
    void anOfflineProfileSaveChangesTheReplicaAndQueuesExactlyOneMutation() {
        OfflineSession s = offlineMember("Olivia", "Offline");
        ProfileView before = s.profiles().mine();
        Instant started = Instant.now().minusSeconds(1);
        SaveProfile command = innovator(before, "Written with no network.");

        ProfileView saved = s.profiles().save(command);

        assertThat(saved.bio()).isEqualTo("Written with no network.");
        assertThat(saved.version()).isGreaterThan(before.version());
        assertThat(s.profiles().get(before.memberId()).bio()).isEqualTo("Written with no network.");
        List<Queued> queued = outboxOf(before.memberId());
        assertThat(queued).hasSize(1);
        Queued q = queued.get(0);
        assertThat(q.kind()).isEqualTo(MutationKinds.PROFILE_SAVE);
        assertThat(q.entityType()).isEqualTo("personal_details");
        assertThat(q.entityId()).isEqualTo(before.memberId());
        assertThat(q.baseVersion()).isEqualTo(before.version());
        assertThat(q.status()).isEqualTo("pending");
        assertThat(q.createdAt()).isBetween(started, Instant.now().plusSeconds(1));
        assertThat(ContractJson.mapper().treeToValue(q.payload(), SaveProfile.class)).isEqualTo(command);
    }

    @Test
    void publishAndUnpublishOfflineQueueTheirCommandsWithTheBaseVersion() {
        OfflineSession s = offlineMember("Paula", "Publish");
        ProfileView saved = s.profiles().save(innovator(s.profiles().mine(), "Ready to be seen."));

        ProfileView published = s.profiles().publish(saved.memberId(), saved.version());
        ProfileView unpublished = s.profiles().unpublish(published.memberId(), published.version());

        assertThat(published.state()).isEqualTo(ProfileState.PUBLISHED);
        assertThat(unpublished.state()).isEqualTo(ProfileState.DRAFT);
        List<Queued> queued = outboxOf(saved.memberId());
        assertThat(queued).extracting(Queued::kind).containsExactly(
                MutationKinds.PROFILE_SAVE, MutationKinds.PROFILE_PUBLISH, MutationKinds.PROFILE_UNPUBLISH);
        Queued publish = queued.get(1);
        assertThat(publish.baseVersion()).isEqualTo(saved.version());
        assertThat(uuid(publish.payload(), "memberId")).isEqualTo(saved.memberId());
        assertThat(publish.payload().get("expectedVersion").asLong()).isEqualTo(saved.version());
        assertThat(publish.payload().propertyNames()).containsExactlyInAnyOrder("memberId", "expectedVersion");
        Queued unpublish = queued.get(2);
        assertThat(unpublish.baseVersion()).isEqualTo(published.version());
        assertThat(unpublish.payload().get("expectedVersion").asLong()).isEqualTo(published.version());
        assertThat(queued).extracting(Queued::id).doesNotHaveDuplicates();
    }

    @Test
    void aStaleOrInvalidOfflineWriteLeavesNeitherChangeNorMutation() {
        OfflineSession s = offlineMember("Stale", "Steve");
        ProfileView before = s.profiles().mine();
        ProfileView saved = s.profiles().save(innovator(before, "First."));
        assertThat(outboxOf(before.memberId())).hasSize(1);

        // the version the editor saw before the first save is stale now
        assertThatThrownBy(() -> s.profiles().save(innovator(before, "Second.")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> s.profiles().publish(before.memberId(), before.version()))
                .isInstanceOf(ConflictException.class);
        SaveProfile blankName = new SaveProfile(saved.memberId(), saved.version(), " ", saved.lastName(), null, null,
                null, null, "Third.", null, ProfileType.INNOVATOR, ProfileVisibility.PUBLIC, null);
        ValidationException invalid = catchThrowableOfType(ValidationException.class, () -> s.profiles().save(blankName));
        assertThat(invalid.violations()).extracting(Violation::field).contains("firstName");

        ProfileView after = s.profiles().mine();
        assertThat(after.bio()).isEqualTo("First.");
        assertThat(after.version()).isEqualTo(saved.version());
        assertThat(after.state()).isEqualTo(ProfileState.DRAFT);
        assertThat(outboxOf(before.memberId())).hasSize(1);
    }

    @Test
    void whenTheOutboxCannotTakeTheMutationTheProfileChangeIsRolledBackToo() {
        OfflineSession s = offlineMember("Rolf", "Rollback");
        ProfileView before = s.profiles().mine();
        // a real failure inside the outbox insert, for this member only (other tests share the database)
        db.sql("""
                CREATE FUNCTION test_refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.entity_id = '%s' THEN RAISE EXCEPTION 'outbox refused for the test'; END IF;
                  RETURN NEW;
                END $$
                """.formatted(before.memberId())).update();
        db.sql("CREATE TRIGGER test_refuse_outbox BEFORE INSERT ON sync_outbox FOR EACH ROW EXECUTE FUNCTION test_refuse_outbox()")
                .update();
        try {
            assertThatThrownBy(() -> s.profiles().save(innovator(before, "Never stored.")))
                    .hasMessageContaining("outbox refused for the test");
        } finally {
            db.sql("DROP TRIGGER test_refuse_outbox ON sync_outbox").update();
            db.sql("DROP FUNCTION test_refuse_outbox()").update();
        }
        ProfileView after = s.profiles().mine();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.bio()).isNull();
        assertThat(after.profileType()).isNull();
        assertThat(db.sql("SELECT count(*) FROM innovator_profiles WHERE user_id = ?").param(before.memberId())
                .query(Long.class).single()).isZero();
        assertThat(outboxOf(before.memberId())).isEmpty();

        // and with the outbox working again the same save goes through
        s.profiles().save(innovator(before, "Stored now."));
        assertThat(outboxOf(before.memberId())).hasSize(1);
    }

    // ---- the door ------------------------------------------------------------------------------------

    @Test
    void aKioskChecksInByCodeOfflineAndQueuesTheScanWithItsOwnIdAndTime() {
        EventView event = publishedEvent("Offline door", null);
        String code = registered(event.id(), "Grace");
        Kiosk kiosk = offlineKiosk(event.id());
        assertThat(kiosk.session().member().role()).isEqualTo(Role.KIOSK);
        assertThat(kiosk.session().events().kioskEvent().id()).isEqualTo(event.id());

        CheckInResult result = kiosk.session().events().checkIn(event.id(), " " + code + "\n");

        assertThat(result.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(result.memberName()).isEqualTo("Grace Guest");
        List<Queued> queued = outboxOfEvent(event.id());
        assertThat(queued).hasSize(1);
        Queued q = queued.get(0);
        assertThat(q.kind()).isEqualTo(MutationKinds.CHECK_IN);
        assertThat(q.entityType()).isEqualTo("event_attendees");
        assertThat(q.entityId()).isEqualTo(result.registrationId());
        assertThat(q.baseVersion()).isNull();
        assertThat(q.payload().propertyNames()).containsExactlyInAnyOrder("eventId", "code", "scanId", "scannedAt", "source");
        assertThat(q.payload().get("code").asString()).isEqualTo(code);
        assertThat(q.payload().get("source").asString()).isEqualTo("kiosk");
        UUID scanId = uuid(q.payload(), "scanId");
        Instant scanned = Instant.parse(q.payload().get("scannedAt").asString());
        assertThat(scannedAt(scanId)).isEqualTo(scanned).isEqualTo(result.scannedAt());
        assertThat(q.createdAt()).isEqualTo(scanned);
        assertThat(db.sql("SELECT attendee_id FROM event_check_in_scans WHERE id = ?").param(scanId).query(UUID.class)
                .single()).isEqualTo(result.registrationId());
    }

    @Test
    void theSameTicketScannedTwiceOfflineIsAlreadyCheckedInAndQueuedTwice() {
        EventView event = publishedEvent("Twice", null);
        String code = registered(event.id(), "Tendai");
        Kiosk kiosk = offlineKiosk(event.id());

        CheckInResult first = kiosk.session().events().checkIn(event.id(), code);
        CheckInResult second = kiosk.session().events().checkIn(event.id(), code);

        assertThat(first.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(second.outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        assertThat(second.firstCheckInAt()).isEqualTo(first.firstCheckInAt());
        List<Queued> queued = outboxOfEvent(event.id());
        assertThat(queued).hasSize(2).allSatisfy(q -> {
            assertThat(q.kind()).isEqualTo(MutationKinds.CHECK_IN);
            assertThat(q.entityId()).isEqualTo(first.registrationId());
        });
        List<UUID> scanIds = queued.stream().map(q -> uuid(q.payload(), "scanId")).toList();
        assertThat(scanIds).doesNotHaveDuplicates();
        assertThat(db.sql("SELECT id FROM event_check_in_scans WHERE event_id = ?").param(event.id()).query(UUID.class)
                .list()).containsExactlyInAnyOrderElementsOf(scanIds);
    }

    @Test
    void aCodeTheReplicaDoesNotKnowIsQueuedAsTheScanItself() {
        EventView event = publishedEvent("Unknown codes", null);
        Kiosk kiosk = offlineKiosk(event.id());

        CheckInResult result = kiosk.session().events().checkIn(event.id(), "REGISTERED-AFTER-THE-PULL");

        assertThat(result.outcome()).isEqualTo(CheckInOutcome.UNKNOWN_CODE);
        Queued q = outboxOfEvent(event.id()).get(0);
        assertThat(q.kind()).isEqualTo(MutationKinds.CHECK_IN);
        assertThat(q.entityType()).isEqualTo("event_check_in_scans");
        assertThat(q.entityId()).isEqualTo(uuid(q.payload(), "scanId"));
        assertThat(q.payload().get("code").asString()).isEqualTo("REGISTERED-AFTER-THE-PULL");
        assertThat(scannedAt(q.entityId())).isEqualTo(result.scannedAt());
    }

    @Test
    void theExitPinIsNotCheckedOfflineBecauseItsHashNeverLeavesTheServer() {
        EventView event = publishedEvent("Exit offline", null);
        Kiosk kiosk = offlineKiosk(event.id());
        long failures = db.sql("SELECT pin_failures FROM kiosk_assignments WHERE kiosk_id = ?").param(kiosk.kioskId())
                .query(Long.class).single();

        assertThatThrownBy(() -> kiosk.session().events().verifyExitPin("2468"))
                .isInstanceOf(BackendUnavailableException.class).hasMessage(Messages.get("offline.exitPinNeedsServer"));
        assertThat(db.sql("SELECT pin_failures FROM kiosk_assignments WHERE kiosk_id = ?").param(kiosk.kioskId())
                .query(Long.class).single()).as("the right PIN is not counted as a wrong one").isEqualTo(failures);
    }

    @Test
    void aKioskChecksInByNameOfflineAndQueuesTheRegistration() {
        EventView event = publishedEvent("By name", null);
        registered(event.id(), "Nomsa");
        Kiosk kiosk = offlineKiosk(event.id());
        Registration found = kiosk.session().events().findAttendees(event.id(), "Nomsa").get(0);

        CheckInResult result = kiosk.session().events().checkInRegistration(event.id(), found.id());

        assertThat(result.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        List<Queued> queued = outboxOfEvent(event.id());
        assertThat(queued).hasSize(1);
        Queued q = queued.get(0);
        assertThat(q.kind()).isEqualTo(MutationKinds.CHECK_IN_REGISTRATION);
        assertThat(q.entityType()).isEqualTo("event_attendees");
        assertThat(q.entityId()).isEqualTo(found.id());
        assertThat(q.payload().propertyNames())
                .containsExactlyInAnyOrder("eventId", "registrationId", "scanId", "scannedAt", "source");
        assertThat(uuid(q.payload(), "registrationId")).isEqualTo(found.id());
        assertThat(q.payload().get("source").asString()).isEqualTo("kiosk-search");
        assertThat(scannedAt(uuid(q.payload(), "scanId"))).isEqualTo(result.scannedAt());
    }

    @Test
    void aWalkInOfflineIsProvisionalAndCarriesTheIdsTheReplicaMade() {
        EventView event = publishedEvent("Walk in", 5);
        Kiosk kiosk = offlineKiosk(event.id());
        String email = Hubs.uniqueEmail("walker");

        CheckInResult result = kiosk.session().events().registerWalkIn(event.id(), new WalkIn(" Wally ", "Walker", email));

        assertThat(result.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(db.sql("SELECT offline_status FROM event_attendees WHERE id = ?").param(result.registrationId())
                .query(String.class).single()).isEqualTo("provisional");
        Registration seen = admin.events().attendees(event.id(), new AttendeeQuery("Wally", null, 5)).items().get(0);
        assertThat(seen.offlineStatus()).isEqualTo(OfflineCheckIn.PROVISIONAL);
        List<Queued> queued = outboxOfEvent(event.id());
        assertThat(queued).hasSize(1);
        Queued q = queued.get(0);
        assertThat(q.kind()).isEqualTo(MutationKinds.WALK_IN);
        assertThat(q.entityType()).isEqualTo("event_attendees");
        assertThat(q.entityId()).isEqualTo(result.registrationId());
        JsonNode p = q.payload();
        assertThat(p.propertyNames()).containsExactlyInAnyOrder("eventId", "firstName", "lastName", "email",
                "memberId", "registrationId", "scanId", "scannedAt");
        assertThat(p.get("firstName").asString()).isEqualTo("Wally");
        assertThat(p.get("email").asString()).isEqualTo(email);
        UUID memberId = uuid(p, "memberId");
        assertThat(db.sql("SELECT user_id FROM event_attendees WHERE id = ?").param(result.registrationId())
                .query(UUID.class).single()).isEqualTo(memberId);
        assertThat(db.sql("SELECT lower(email) FROM personal_details WHERE user_id = ?").param(memberId)
                .query(String.class).single()).isEqualTo(email.toLowerCase());
        assertThat(uuid(p, "registrationId")).isEqualTo(result.registrationId());
        assertThat(scannedAt(uuid(p, "scanId"))).isEqualTo(Instant.parse(p.get("scannedAt").asString()))
                .isEqualTo(result.scannedAt());
    }

    @Test
    void aWalkInOfSomeoneAlreadyConfirmedOnlyChecksThemInAndIsNotProvisional() {
        EventView event = publishedEvent("Already in", 5);
        String email = newMember(Role.USER, "Ruth", "Registered");
        UUID registrationId = backend.signIn(email, Hubs.MEMBER_PASSWORD).events().register(event.id()).id();
        Kiosk kiosk = offlineKiosk(event.id());

        CheckInResult result = kiosk.session().events().registerWalkIn(event.id(), new WalkIn("Ruth", "Registered", email));

        assertThat(result.registrationId()).isEqualTo(registrationId);
        assertThat(db.sql("SELECT offline_status FROM event_attendees WHERE id = ?").param(registrationId)
                .query(String.class).optional()).isEmpty();
        assertThat(outboxOfEvent(event.id())).extracting(Queued::kind).containsExactly(MutationKinds.WALK_IN);
    }

    @Test
    void aCheckInTheReplicaRefusesQueuesNothing() {
        EventView event = publishedEvent("Refusing", 1);
        EventView elsewhere = publishedEvent("Elsewhere", null);
        registered(event.id(), "Full");
        Kiosk kiosk = offlineKiosk(event.id());
        var k = kiosk.session().events();

        assertThatThrownBy(() -> k.checkIn(elsewhere.id(), "anything")).isInstanceOf(PermissionDeniedException.class);
        ValidationException bad = catchThrowableOfType(ValidationException.class,
                () -> k.registerWalkIn(event.id(), new WalkIn("", "X", "not-an-email")));
        assertThat(bad.violations()).extracting(Violation::field).containsExactlyInAnyOrder("firstName", "email");
        assertThatThrownBy(() -> k.registerWalkIn(event.id(), new WalkIn("No", "Room", Hubs.uniqueEmail("full"))))
                .isInstanceOf(ConflictException.class);

        assertThat(outboxOfEvent(event.id())).isEmpty();
        assertThat(outboxOfEvent(elsewhere.id())).isEmpty();
        assertThat(db.sql("SELECT count(*) FROM event_check_in_scans WHERE event_id IN (?, ?)")
                .params(event.id(), elsewhere.id()).query(Long.class).single()).isZero();
    }

    // ---- what needs the server --------------------------------------------------------------------

    @Test
    void everythingThatNeedsTheServerSaysSoAndWritesNothing() {
        OfflineSession staff = offline(newMember(Role.STAFF, "Stella", "Staff"));
        EventView event = publishedEvent("Needs server", null);
        long outboxBefore = db.sql("SELECT count(*) FROM sync_outbox").query(Long.class).single();
        var e = staff.events();

        assertNeedsServer(() -> e.save(new SaveEvent(null, 0, "New", null, EventType.MEETUP, LocalDateTime.now().plusDays(3),
                LocalDateTime.now().plusDays(3).plusHours(1), ZONE, null, null, false, null, null, null, "USD", null)),
                "Creating and editing events");
        assertNeedsServer(() -> e.changeStatus(event.id(), event.version(), EventStatus.CANCELLED), "Publishing");
        assertNeedsServer(() -> e.register(event.id()), "Registering");
        assertNeedsServer(() -> e.cancelRegistration(event.id()), "Cancelling a registration");
        assertNeedsServer(() -> e.addAttendee(event.id(), null), "Adding attendees");
        assertNeedsServer(() -> e.createKiosk(event.id(), new CreateKiosk(Hubs.uniqueEmail("k"), Hubs.MEMBER_PASSWORD,
                "K", "1234")), "kiosk");
        assertNeedsServer(() -> e.assignKiosk(UUID.randomUUID(), event.id(), "1234"), "kiosk");
        assertNeedsServer(() -> staff.content().feed(FeedQuery.latest()), "feed");
        assertNeedsServer(() -> staff.messaging().direct(UUID.randomUUID()), "Messages");
        assertNeedsServer(() -> staff.notifications().unreadCount(), "Notifications");
        assertNeedsServer(() -> staff.connections().accept(UUID.randomUUID()), "Connections");
        assertNeedsServer(() -> staff.stats().load(4, 4), "dashboard");
        assertNeedsServer(() -> staff.demoData().hubIsEmpty(), "Demo data");
        assertNeedsServer(() -> staff.accounts().changePassword(Hubs.MEMBER_PASSWORD, "another-password-1"), "passwords");
        assertNeedsServer(() -> staff.accounts().createMember(new CreateMember(Hubs.uniqueEmail("x"), Hubs.MEMBER_PASSWORD,
                "X", "Y", Role.USER)), "accounts");
        assertNeedsServer(() -> staff.search().search(new SearchQuery("Needs", Set.of(SearchKind.POST), 0)), "posts");
        assertNeedsServer(staff::sync, "Synchronising");
        assertNeedsServer(() -> staff.privacy().requestErasure(null), "account erasure");
        assertNeedsServer(() -> staff.privacy().export(staff.member().id(), java.io.OutputStream.nullOutputStream()), "Data export");

        assertThat(db.sql("SELECT count(*) FROM sync_outbox").query(Long.class).single()).isEqualTo(outboxBefore);
        assertThat(e.list(EventQuery.upcoming()).items()).extracting(EventView::id).contains(event.id());
        assertThat(staff.content().toString()).contains("ContentService");
    }

    private static void assertNeedsServer(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String what) {
        assertThatThrownBy(call).isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining(NEEDS_SERVER).hasMessageContaining(what);
    }

    @Test
    void readsTheReplicaHoldsWorkOffline() {
        String email = newMember(Role.USER, "Rita", "Reader");
        Session online = backend.signIn(email, Hubs.MEMBER_PASSWORD);
        ProfileView saved = online.profiles().save(innovator(online.profiles().mine(), "Findable offline."));
        online.profiles().publish(saved.memberId(), saved.version());
        OfflineSession other = offlineMember("Otto", "Other");

        assertThat(other.accounts().me().email()).isEqualTo(other.member().email());
        assertThat(other.profiles().get(saved.memberId()).bio()).isEqualTo("Findable offline.");
        assertThat(other.search().search(new SearchQuery("Rita Reader", Set.of(SearchKind.MEMBER), 0)).isEmpty()).isFalse();
        // "search everything" searches what the replica holds; a post (which this test database does
        // hold, unlike a real replica) proves the other kinds are not asked for
        online.content().createPost(PostInput.of(PostType.GENERAL, "Rita Reader writes", "Rita Reader on soil"), true);
        assertThat(backend.signIn(other.member().email(), Hubs.MEMBER_PASSWORD).search()
                .search(SearchQuery.of("Rita Reader")).hits(SearchKind.POST)).isNotEmpty();
        SearchResults everything = other.search().search(SearchQuery.of("Rita Reader"));
        assertThat(everything.hits(SearchKind.MEMBER)).isNotEmpty();
        assertThat(everything.groups()).extracting(SearchGroup::kind)
                .doesNotContain(SearchKind.POST, SearchKind.GROUP, SearchKind.LISTING).contains(SearchKind.MEMBER);
    }

    @Test
    void aTableOfReadsNamingAMethodTheContractLacksFailsAtOnce() {
        assertThatThrownBy(() -> NeedsServer.readsOnly(org.smilefactory.core.api.accounts.AccountService.class,
                null, "accounts", "mee")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mee");
    }

    // ---- signing in and out ------------------------------------------------------------------------

    @Test
    void offlineSignInChecksThePasswordOnTheReplicaAndTakesTheRoleFromTheRow() {
        String email = newMember(Role.STAFF, "Sipho", "Signin");
        String other = newMember(Role.USER, "Olu", "Other");
        claim(email);

        var signedIn = OfflineSignIn.signIn(replica, "  " + email.toUpperCase() + " ", Hubs.MEMBER_PASSWORD);

        assertThat(signedIn.account().email()).isEqualToIgnoringCase(email);
        assertThat(signedIn.account().role()).isEqualTo(Role.STAFF);
        assertThat(signedIn.actor().role()).isEqualTo(Role.STAFF);
        String bad = Messages.get("accounts.badCredentials");
        assertThatThrownBy(() -> OfflineSignIn.signIn(replica, email, "wrong-password"))
                .isInstanceOf(UnauthenticatedException.class).hasMessage(bad);
        assertThatThrownBy(() -> OfflineSignIn.signIn(replica, email, null))
                .isInstanceOf(UnauthenticatedException.class).hasMessage(bad);
        assertThatThrownBy(() -> OfflineSignIn.signIn(replica, Hubs.uniqueEmail("nobody"), Hubs.MEMBER_PASSWORD))
                .isInstanceOf(UnauthenticatedException.class).hasMessage(bad);
        assertThatThrownBy(() -> OfflineSignIn.signIn(replica, null, null))
                .isInstanceOf(UnauthenticatedException.class).hasMessage(bad);
        // only the replica's owner: another member's right password does not open it
        assertThatThrownBy(() -> OfflineSignIn.signIn(replica, other, Hubs.MEMBER_PASSWORD))
                .isInstanceOf(UnauthenticatedException.class).hasMessage(bad);
    }

    @Test
    void aPlaceholderHashNeverLetsAnyoneIn() {
        String email = newMember(Role.USER, "Pat", "Placeholder");
        for (String placeholder : List.of("", "*", "!", "!offline", "x", "$2a$10$short", "$2a$10$" + "z".repeat(60),
                "{noop}" + Hubs.MEMBER_PASSWORD, Hubs.MEMBER_PASSWORD)) {
            claim(email);
            new ReplicaState(db).put(OfflinePassword.KEY, placeholder);
            for (String tried : List.of(Hubs.MEMBER_PASSWORD, placeholder, "")) {
                assertThatThrownBy(() -> OfflineSignIn.signIn(replica, email, tried))
                        .as("placeholder %s, password %s", placeholder, tried)
                        .isInstanceOf(UnauthenticatedException.class);
            }
        }
        assertThat(OfflineSignIn.isBcrypt(replica.passwords().hash("anything"))).isTrue();
    }

    @Test
    void afterSignOutTheOfflineSessionRefusesEverything() {
        OfflineSession s = offlineMember("Sam", "Signout");
        s.signOut();
        assertThatThrownBy(() -> s.profiles().mine()).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> s.accounts().me()).isInstanceOf(UnauthenticatedException.class);
        assertThat(db.sql("SELECT count(*) FROM sync_outbox WHERE entity_id = ?").param(s.member().id())
                .query(Long.class).single()).isZero();
    }
}
