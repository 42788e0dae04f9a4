package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.smilefactory.core.api.events.AttendeeQuery;
import org.smilefactory.core.api.events.OfflineCheckIn;
import org.smilefactory.core.api.events.RegistrationStatus;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.common.Messages;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.MentorDetails;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.social.RequestConnection;
import org.smilefactory.core.api.sync.Change;
import org.smilefactory.core.api.sync.ChangeOperation;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Offline sync, server side: the change log a replica pulls and the door offline changes are pushed
 * through — on any backend.
 */
public abstract class SyncContract extends ContractFixture {

    /** The server's database, for what no service does (late commits, comparing tables). */
    protected abstract DataSource serverDatabase();

    protected JdbcClient serverJdbc() {
        return JdbcClient.create(serverDatabase());
    }

    protected static final String ZONE = "Africa/Harare";

    protected Session member(String first, String last) {
        return Hubs.member(backend, admin, Role.USER, first, last);
    }

    protected Session staff() {
        return Hubs.member(backend, admin, Role.STAFF, "Stella", "Staff");
    }

    protected EventView published(Session organiser, String title, Integer capacity) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of(ZONE)).plusDays(10).truncatedTo(ChronoUnit.DAYS).withHour(9);
        EventView draft = organiser.events().save(new SaveEvent(null, 0, title, "About " + title, EventType.MEETUP,
                start, start.plusHours(3), ZONE, "Harare", null, false, capacity, null, new BigDecimal("0.00"), "USD",
                List.of()));
        return organiser.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
    }

    protected Session kiosk(Session staff, UUID eventId) {
        String email = Hubs.uniqueEmail("kiosk");
        staff.events().createKiosk(eventId, new CreateKiosk(email, Hubs.MEMBER_PASSWORD, "Door", "1234"));
        return backend.signIn(email, Hubs.MEMBER_PASSWORD);
    }

    protected ProfileView saveProfile(Session s, ProfileDetails details, ProfileVisibility visibility, String bio) {
        ProfileView mine = s.profiles().mine();
        return s.profiles().save(new SaveProfile(mine.memberId(), mine.version(), mine.firstName(), mine.lastName(),
                null, null, null, null, bio, "Harare", details.type(), visibility, details));
    }

    protected ProfileView publishedProfile(Session s, ProfileVisibility visibility) {
        ProfileView saved = saveProfile(s, innovator(), visibility, "Soil sensors.");
        return s.profiles().publish(saved.memberId(), saved.version());
    }

    protected static InnovatorDetails innovator() {
        return new InnovatorDetails("Agritech", null, "Mbeu", null, null, null, null, null, null);
    }

    protected static MentorDetails mentor() {
        return new MentorDetails(List.of("Product"), 5, null, 4, List.of(), null, null);
    }

    /** Everything after {@code cursor}, page by page. */
    protected record Pulled(List<Change> changes, long cursor, List<ChangePage> pages) {

        List<Change> of(String table, UUID id) {
            return changes.stream().filter(c -> c.entityType().equals(table) && c.entityId().equals(id)).toList();
        }

        Set<UUID> ids(String table) {
            return changes.stream().filter(c -> c.entityType().equals(table) && c.operation() == ChangeOperation.UPSERT)
                    .map(Change::entityId).collect(Collectors.toSet());
        }

        Set<String> tables() {
            return changes.stream().map(Change::entityType).collect(Collectors.toSet());
        }
    }

    protected static Pulled pull(Session s, long cursor, int limit) {
        List<Change> all = new ArrayList<>();
        List<ChangePage> pages = new ArrayList<>();
        long at = cursor;
        for (int i = 0; i < 10_000; i++) {
            ChangePage page = s.sync().changes(at, limit);
            pages.add(page);
            assertThat(page.changes()).hasSizeLessThanOrEqualTo(limit);
            assertThat(page.cursor()).isGreaterThanOrEqualTo(at);
            all.addAll(page.changes());
            at = page.cursor();
            if (!page.more()) {
                return new Pulled(all, at, pages);
            }
        }
        throw new AssertionError("the log never ended");
    }

    protected static Pulled pull(Session s, long cursor) {
        return pull(s, cursor, SyncService.MAX_PAGE);
    }

    /** The ids a replica holds after applying {@code changes} in order. */
    protected static Set<UUID> replicaIds(List<Change> changes, String table) {
        Set<UUID> ids = new HashSet<>();
        for (Change c : changes) {
            if (c.entityType().equals(table)) {
                if (c.operation() == ChangeOperation.UPSERT) {
                    ids.add(c.entityId());
                } else {
                    ids.remove(c.entityId());
                }
            }
        }
        return ids;
    }

    protected static JsonNode json(Change c) {
        return ContractJson.mapper().readTree(c.payload());
    }

    protected static Change latest(List<Change> changes) {
        assertThat(changes).isNotEmpty();
        return changes.get(changes.size() - 1);
    }

    // ---- pull ----------------------------------------------------------------------------------

    @Test
    void aPullNeedsAValidCursorAndLimit() {
        Session s = member("Vusi", "Valid");
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> s.sync().changes(-1, 0));
        assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("cursor", "limit");
        assertThat(catchThrowableOfType(ValidationException.class, () -> s.sync().changes(0, SyncService.MAX_PAGE + 1))
                .violations()).extracting(Violation::field).containsExactly("limit");
        assertThat(s.sync().changes(0, SyncService.MAX_PAGE).scope()).isEqualTo("member:" + s.member().id());
    }

    @Test
    void aFreshReplicaGetsEveryRowOnceInPagesWithoutTombstonesAndResumesFromItsCursor() {
        Session staff = staff();
        Session a = member("Anesu", "Paged");
        Session b = member("Bongani", "Paged");
        saveProfile(b, innovator(), ProfileVisibility.PUBLIC, "first");
        saveProfile(b, mentor(), ProfileVisibility.PUBLIC, "second"); // deletes the innovator row

        Pulled all = pull(staff, 0, 7);
        assertThat(all.pages()).hasSizeGreaterThan(1);
        assertThat(all.pages().get(0).scope()).isEqualTo("staff");
        assertThat(all.pages().get(0).changes()).allMatch(c -> c.operation() == ChangeOperation.UPSERT);
        // applied in order, the pages give exactly the server's rows
        for (String table : List.of("personal_details", "innovator_profiles", "mentor_profiles")) {
            assertThat(replicaIds(all.changes(), table)).as(table)
                    .isEqualTo(new HashSet<>(serverJdbc().sql("SELECT user_id FROM " + table).query(UUID.class).list()));
        }
        Map<String, Long> perRow = all.changes().stream()
                .collect(Collectors.groupingBy(c -> c.entityType() + "/" + c.entityId(), LinkedHashMap::new, Collectors.counting()));
        assertThat(perRow.values()).allMatch(n -> n == 1);
        assertThat(all.ids("personal_details")).contains(a.member().id(), b.member().id(), staff.member().id());
        assertThat(all.ids("mentor_profiles")).contains(b.member().id());
        assertThat(all.ids("innovator_profiles")).doesNotContain(b.member().id());
        assertThat(json(latest(all.of("personal_details", b.member().id()))).get("bio").asText()).isEqualTo("second");
        List<Long> seqs = all.changes().stream().map(Change::seq).toList();
        assertThat(seqs).isSorted();

        ChangePage end = staff.sync().changes(all.cursor(), 10);
        assertThat(end.changes()).isEmpty();
        assertThat(end.more()).isFalse();
        assertThat(end.cursor()).isEqualTo(all.cursor());

        // resumes: only what changed since
        saveProfile(a, innovator(), ProfileVisibility.PUBLIC, "after");
        Pulled next = pull(staff, all.cursor(), 7);
        assertThat(next.changes()).extracting(Change::entityType).containsOnly("personal_details", "innovator_profiles");
        assertThat(next.changes()).extracting(Change::entityId).containsOnly(a.member().id());
    }

    @Test
    void aRowChangedManyTimesComesOnceWithItsLatestContent() {
        Session staff = staff();
        Session a = member("Chipo", "Compact");
        long cursor = pull(staff, 0).cursor();
        for (int i = 1; i <= 5; i++) {
            saveProfile(a, innovator(), ProfileVisibility.PUBLIC, "edit " + i);
        }
        Pulled pulled = pull(staff, cursor, 1);
        List<Change> rows = pulled.of("personal_details", a.member().id());
        assertThat(rows).hasSize(1);
        assertThat(json(rows.get(0)).get("bio").asText()).isEqualTo("edit 5");
        assertThat(json(rows.get(0)).get("version").asLong()).isEqualTo(a.profiles().mine().version());
        // the pages skipped the compacted entries and still ended where the log ends
        assertThat(staff.sync().changes(pulled.cursor(), 5).changes()).isEmpty();
    }

    @Test
    void deletedRowsAndRowsThatBecameInvisibleGoOutAsTombstones() {
        Session staff = staff();
        Session viewer = member("Dudzai", "Viewer");
        Session other = member("Eve", "Other");
        publishedProfile(other, ProfileVisibility.PUBLIC);
        Pulled first = pull(viewer, 0);
        assertThat(first.ids("personal_details")).contains(other.member().id(), viewer.member().id());
        assertThat(first.ids("innovator_profiles")).contains(other.member().id());
        long staffCursor = pull(staff, 0).cursor();

        ProfileView current = other.profiles().mine();
        other.profiles().unpublish(current.memberId(), current.version());
        Pulled after = pull(viewer, first.cursor());
        assertThat(latest(after.of("personal_details", other.member().id())).operation()).isEqualTo(ChangeOperation.DELETE);
        assertThat(latest(after.of("personal_details", other.member().id())).payload()).isNull();
        // the viewer's replica is not given the row again from cursor 0 either
        assertThat(pull(viewer, 0).ids("personal_details")).doesNotContain(other.member().id());

        // a deleted row: changing the profile type removes the old type's row
        saveProfile(other, mentor(), ProfileVisibility.PUBLIC, "now a mentor");
        Pulled staffAfter = pull(staff, staffCursor);
        assertThat(latest(staffAfter.of("innovator_profiles", other.member().id())).operation()).isEqualTo(ChangeOperation.DELETE);
        assertThat(latest(staffAfter.of("mentor_profiles", other.member().id())).operation()).isEqualTo(ChangeOperation.UPSERT);
        assertThat(pull(staff, 0).ids("innovator_profiles")).doesNotContain(other.member().id());
    }

    @Test
    void aConnectionsOnlyProfileArrivesWithTheConnectionAndLeavesWithIt() {
        Session viewer = member("Farai", "Friend");
        Session other = member("Gugu", "Guarded");
        publishedProfile(other, ProfileVisibility.CONNECTIONS_ONLY);
        Pulled before = pull(viewer, 0);
        assertThat(before.ids("personal_details")).doesNotContain(other.member().id());

        viewer.connections().request(new RequestConnection(other.member().id(), null));
        other.connections().accept(viewer.member().id());
        Pulled connected = pull(viewer, before.cursor());
        assertThat(latest(connected.of("personal_details", other.member().id())).operation()).isEqualTo(ChangeOperation.UPSERT);
        assertThat(latest(connected.of("innovator_profiles", other.member().id())).operation()).isEqualTo(ChangeOperation.UPSERT);

        other.connections().remove(viewer.member().id());
        Pulled removed = pull(viewer, connected.cursor());
        assertThat(latest(removed.of("personal_details", other.member().id())).operation()).isEqualTo(ChangeOperation.DELETE);
        assertThat(latest(removed.of("innovator_profiles", other.member().id())).operation()).isEqualTo(ChangeOperation.DELETE);
    }

    @Test
    void aMemberReceivesOnlyTheirOwnSecretsAndRowsTheyMaySee() {
        Session staff = staff();
        Session me = member("Hazel", "Herself");
        Session hidden = member("Ivan", "Invisible");
        Session shown = member("Jabu", "Public");
        publishedProfile(hidden, ProfileVisibility.PRIVATE);
        publishedProfile(shown, ProfileVisibility.PUBLIC);
        EventView event = published(staff, "Members only see their own tickets", null);
        EventView draft = staff.events().save(new SaveEvent(null, 0, "Draft", null, EventType.MEETUP,
                LocalDateTime.now().plusDays(3), LocalDateTime.now().plusDays(3).plusHours(1), ZONE, null, null, false,
                null, null, BigDecimal.ZERO, "USD", List.of()));
        Registration mine = me.events().register(event.id());
        Registration theirs = shown.events().register(event.id());
        Session door = kiosk(staff, event.id());
        door.events().checkIn(event.id(), "no-such-code");

        Pulled replica = pull(me, 0);
        assertThat(replica.pages().get(0).scope()).isEqualTo("member:" + me.member().id());
        assertThat(replica.ids("personal_details")).contains(me.member().id(), shown.member().id())
                .doesNotContain(hidden.member().id(), door.member().id());
        assertThat(replica.ids("innovator_profiles")).contains(shown.member().id()).doesNotContain(hidden.member().id());
        assertThat(replica.ids("events")).contains(event.id()).doesNotContain(draft.id());
        assertThat(replica.ids("event_attendees")).containsExactly(mine.id());
        assertThat(replica.tables()).doesNotContain("event_check_in_scans", "kiosk_assignments");
        for (Change c : replica.changes()) {
            if (c.entityType().equals("personal_details")) {
                JsonNode row = json(c);
                assertThat(row.has("failed_login_count")).isFalse();
                assertThat(row.has("locked_until")).isFalse();
                assertThat(row.has("password_hash")).as("password hash of %s", c.entityId()).isFalse();
            }
        }
        // staff see every row, and still no one else's password hash
        Pulled all = pull(staff, 0);
        assertThat(all.ids("personal_details")).contains(hidden.member().id(), door.member().id());
        assertThat(all.ids("event_attendees")).contains(mine.id(), theirs.id());
        assertThat(all.changes().stream().filter(c -> c.entityType().equals("personal_details"))
                .filter(c -> json(c).has("password_hash")).map(Change::entityId)).isEmpty();
        assertThat(all.changes().stream().filter(c -> c.entityType().equals("kiosk_assignments"))
                .filter(c -> json(c).has("exit_pin_hash"))).isEmpty();
    }

    @Test
    void aKioskReceivesItsEventOnlyAndTheMembersOfNewRegistrations() {
        Session staff = staff();
        EventView here = published(staff, "Here", null);
        EventView elsewhere = published(staff, "Elsewhere", null);
        Session guest = member("Kuda", "Guest");
        Session away = member("Lindiwe", "Away");
        Registration guestHere = guest.events().register(here.id());
        Registration awayThere = away.events().register(elsewhere.id());
        Session door = kiosk(staff, here.id());
        Session otherDoor = kiosk(staff, elsewhere.id());
        door.events().checkIn(here.id(), guest.events().myTicket(here.id()).code());
        otherDoor.events().checkIn(elsewhere.id(), away.events().myTicket(elsewhere.id()).code());

        Pulled replica = pull(door, 0);
        assertThat(replica.pages().get(0).scope()).isEqualTo("kiosk:" + here.id());
        assertThat(replica.ids("events")).containsExactly(here.id());
        assertThat(replica.ids("event_attendees")).containsExactly(guestHere.id());
        assertThat(replica.ids("personal_details")).containsExactlyInAnyOrder(door.member().id(), guest.member().id());
        assertThat(replica.ids("kiosk_assignments")).containsExactly(door.member().id());
        assertThat(json(latest(replica.of("kiosk_assignments", door.member().id()))).has("exit_pin_hash")).isFalse();
        assertThat(replica.ids("event_check_in_scans")).hasSize(1);
        assertThat(replica.changes()).noneMatch(c -> c.entityId().equals(awayThere.id()) || c.entityId().equals(away.member().id()));
        assertThat(replica.tables()).doesNotContainAnyElementsOf(org.smilefactory.core.api.sync.SyncTables.PROFILE_TABLES);

        // someone registers later: their member row comes with the registration
        Session late = member("Mufaro", "Late");
        Registration lateHere = late.events().register(here.id());
        Pulled next = pull(door, replica.cursor());
        assertThat(next.ids("event_attendees")).contains(lateHere.id());
        assertThat(next.ids("personal_details")).contains(late.member().id());
        List<Change> ordered = next.changes();
        int memberAt = ordered.indexOf(latest(next.of("personal_details", late.member().id())));
        int registrationAt = ordered.indexOf(latest(next.of("event_attendees", lateHere.id())));
        assertThat(memberAt).isLessThan(registrationAt);
    }

    @Test
    void aTransactionThatCommitsLateIsNotSkipped() throws Exception {
        Session staff = staff();
        Session early = member("Nyasha", "Early");
        Session slow = member("Orpah", "Slow");
        Session quick = member("Panashe", "Quick");
        long cursor = pull(staff, 0).cursor();
        try (Connection first = serverDatabase().getConnection(); Connection second = serverDatabase().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            // the second transaction gets its transaction id first (writing a table that is not replicated) ...
            exec(second, "INSERT INTO sync_state (key, value) VALUES ('sync-contract-" + UUID.randomUUID() + "', 'x')");
            // ... the first then writes a replicated row (an earlier log entry, a later transaction id) ...
            exec(first, "UPDATE personal_details SET bio = 'written by the slow one' WHERE user_id = '" + slow.member().id() + "'");
            exec(second, "UPDATE personal_details SET bio = 'written by the quick one' WHERE user_id = '" + quick.member().id() + "'");
            second.commit();
            // ... and a service commits a change after both began
            saveProfile(early, innovator(), ProfileVisibility.PUBLIC, "saved by the service");

            Pulled meanwhile = pull(staff, cursor);
            assertThat(meanwhile.ids("personal_details")).doesNotContain(slow.member().id());
            first.commit();
            Pulled later = pull(staff, meanwhile.cursor());
            Set<UUID> seen = new HashSet<>(meanwhile.ids("personal_details"));
            seen.addAll(later.ids("personal_details"));
            assertThat(seen).contains(slow.member().id(), quick.member().id(), early.member().id());
            assertThat(json(latest(later.of("personal_details", slow.member().id()))).get("bio").asText())
                    .isEqualTo("written by the slow one");
        }
    }

    @Test
    void signInsAndUpdatesThatChangeNothingAreNotLogged() {
        Session staff = staff();
        Session quiet = member("Quinton", "Quiet");
        long cursor = pull(staff, 0).cursor();
        backend.signIn(quiet.member().email(), Hubs.MEMBER_PASSWORD).signOut();
        serverJdbc().sql("UPDATE personal_details SET bio = bio WHERE user_id = ?").param(quiet.member().id()).update();
        assertThat(pull(staff, cursor).of("personal_details", quiet.member().id())).isEmpty();
    }


    // ---- push ----------------------------------------------------------------------------------

    protected static String toJson(Object value) {
        return ContractJson.mapper().writeValueAsString(value);
    }

    protected static Mutation profileSave(SaveProfile command) {
        return new Mutation(UUID.randomUUID(), MutationKinds.PROFILE_SAVE, "personal_details", command.memberId(),
                command.expectedVersion(), toJson(command), Instant.now());
    }

    protected static SaveProfile withBio(ProfileView v, String bio) {
        return new SaveProfile(v.memberId(), v.version(), v.firstName(), v.lastName(), v.profileName(), v.gender(),
                v.phoneCountryCode(), v.phoneNumber(), bio, v.location(), v.profileType(), v.visibility(), v.details());
    }

    protected static Mutation scan(UUID eventId, String code, Instant at) {
        UUID scanId = UUID.randomUUID();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", eventId);
        payload.put("code", code);
        payload.put("scanId", scanId);
        payload.put("scannedAt", at);
        payload.put("source", "kiosk");
        return new Mutation(UUID.randomUUID(), MutationKinds.CHECK_IN, "event_check_in_scans", scanId, null,
                toJson(payload), at);
    }

    protected static Mutation walkIn(UUID eventId, String first, String email, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", eventId);
        payload.put("firstName", first);
        payload.put("lastName", "Walker");
        payload.put("email", email);
        payload.put("memberId", UUID.randomUUID());
        payload.put("registrationId", UUID.randomUUID());
        payload.put("scanId", UUID.randomUUID());
        payload.put("scannedAt", at);
        return new Mutation(UUID.randomUUID(), MutationKinds.WALK_IN, "event_attendees",
                (UUID) payload.get("registrationId"), null, toJson(payload), at);
    }

    protected static Instant minutesAgo(int minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
    }

    protected static UUID payloadId(Mutation m, String field) {
        return UUID.fromString(ContractJson.mapper().readTree(m.payload()).get(field).asText());
    }

    protected Registration registration(Session staff, UUID eventId, UUID registrationId) {
        return staff.events().attendees(eventId, AttendeeQuery.all()).items().stream()
                .filter(r -> r.id().equals(registrationId)).findFirst().orElseThrow();
    }

    /** Everything the push could have written, to compare before and after a repeated batch. */
    protected List<Map<String, Object>> snapshot() {
        return serverJdbc().sql("""
                SELECT 'p' AS t, to_jsonb(p)::text AS row FROM personal_details p
                UNION ALL SELECT 'a', to_jsonb(a)::text FROM event_attendees a
                UNION ALL SELECT 's', to_jsonb(s)::text FROM event_check_in_scans s
                UNION ALL SELECT 'e', to_jsonb(e)::text FROM events e
                UNION ALL SELECT 'm', to_jsonb(m)::text FROM sync_applied_mutations m
                ORDER BY 1, 2
                """).query().listOfRows();
    }

    @Test
    void aPushNeedsABatchOfMutationsWithIdsAndKindsAndRejectsUnknownKindsOneByOne() {
        Session s = member("Rufaro", "Rules");
        assertThat(catchThrowableOfType(ValidationException.class, () -> s.sync().push(List.of())).violations())
                .extracting(Violation::field).containsExactly("mutations");
        List<Mutation> tooMany = new ArrayList<>();
        for (int i = 0; i <= SyncService.MAX_PAGE; i++) {
            tooMany.add(new Mutation(UUID.randomUUID(), "x", null, null, null, "{}", Instant.now()));
        }
        assertThat(catchThrowableOfType(ValidationException.class, () -> s.sync().push(tooMany)).violations())
                .extracting(Violation::field).containsExactly("mutations");
        Mutation good = profileSave(withBio(s.profiles().mine(), "pushed"));
        Mutation noId = new Mutation(null, MutationKinds.PROFILE_SAVE, null, null, null, "{}", Instant.now());
        assertThat(catchThrowableOfType(ValidationException.class, () -> s.sync().push(List.of(good, noId))).violations())
                .extracting(Violation::field).containsExactly("mutations[1].id");
        assertThat(s.profiles().mine().bio()).isNull(); // nothing applied

        Mutation unknown = new Mutation(UUID.randomUUID(), "feed.post", "posts", UUID.randomUUID(), null, "{}", Instant.now());
        Mutation garbage = new Mutation(UUID.randomUUID(), MutationKinds.PROFILE_SAVE, "personal_details",
                s.member().id(), 0L, "{not json", Instant.now());
        List<MutationResult> results = s.sync().push(List.of(unknown, good, garbage));
        assertThat(results).extracting(MutationResult::mutationId).containsExactly(unknown.id(), good.id(), garbage.id());
        assertThat(results).extracting(MutationResult::outcome)
                .containsExactly(MutationOutcome.REJECTED, MutationOutcome.APPLIED, MutationOutcome.REJECTED);
        assertThat(results.get(0).reason()).contains("feed.post");
        assertThat(results.get(2).reason()).isNotBlank();
        assertThat(s.profiles().mine().bio()).isEqualTo("pushed");
    }

    @Test
    void anOfflineProfileSaveIsAppliedOnceAndAnsweredWithTheServersRows() {
        Session s = member("Simba", "Saved");
        saveProfile(s, innovator(), ProfileVisibility.PUBLIC, "before");
        Mutation save = profileSave(withBio(s.profiles().mine(), "saved offline"));
        List<MutationResult> first = s.sync().push(List.of(save));
        assertThat(first.get(0).outcome()).isEqualTo(MutationOutcome.APPLIED);
        assertThat(first.get(0).reason()).isNull();
        Change me = first.get(0).rows().stream().filter(c -> c.entityType().equals("personal_details")).findFirst().orElseThrow();
        assertThat(me.seq()).isZero();
        assertThat(json(me).get("bio").asText()).isEqualTo("saved offline");
        assertThat(json(me).get("version").asLong()).isEqualTo(s.profiles().mine().version());
        assertThat(json(me).has("password_hash")).isFalse();
        assertThat(json(me).has("failed_login_count")).isFalse();
        assertThat(first.get(0).rows()).anyMatch(c -> c.entityType().equals("innovator_profiles")
                && c.operation() == ChangeOperation.UPSERT);
        assertThat(first.get(0).rows()).anyMatch(c -> c.entityType().equals("mentor_profiles")
                && c.operation() == ChangeOperation.DELETE);

        // the same batch again (the reply was lost): the first reply, nothing applied twice
        List<Map<String, Object>> before = snapshot();
        assertThat(s.sync().push(List.of(save))).isEqualTo(first);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aStaleSaveTheServerAlreadyHoldsIsAppliedWithoutAConflict() {
        Session s = member("Vimbai", "Lost");
        ProfileView base = saveProfile(s, innovator(), ProfileVisibility.PUBLIC, "base");
        // the save went through online but its reply was lost, so the desktop kept it for later
        SaveProfile same = withBio(base, "saved just before the Wi-Fi dropped");
        s.profiles().save(same);
        long version = s.profiles().mine().version();

        MutationResult result = s.sync().push(List.of(profileSave(same))).get(0);

        assertThat(result.outcome()).isEqualTo(MutationOutcome.APPLIED);
        assertThat(result.reason()).isNull();
        Change server = result.rows().stream().filter(c -> c.entityType().equals("personal_details")).findFirst().orElseThrow();
        assertThat(json(server).get("bio").asText()).isEqualTo("saved just before the Wi-Fi dropped");
        assertThat(json(server).get("version").asLong()).isEqualTo(version);
        // nothing was written twice
        assertThat(s.profiles().mine().version()).isEqualTo(version);
    }

    @Test
    void aStaleSaveConflictsWithTheServersRowsAndOneNotAllowedIsRejectedWithItsReason() {
        Session s = member("Tariro", "Twice");
        ProfileView base = saveProfile(s, innovator(), ProfileVisibility.PUBLIC, "base");
        assertThat(s.sync().push(List.of(profileSave(withBio(base, "first device")))).get(0).outcome())
                .isEqualTo(MutationOutcome.APPLIED);
        Mutation stale = profileSave(withBio(base, "second device"));
        MutationResult conflict = s.sync().push(List.of(stale)).get(0);
        assertThat(conflict.outcome()).isEqualTo(MutationOutcome.CONFLICT);
        assertThat(conflict.reason()).isNotBlank();
        Change server = conflict.rows().stream().filter(c -> c.entityType().equals("personal_details")).findFirst().orElseThrow();
        assertThat(json(server).get("bio").asText()).isEqualTo("first device");
        assertThat(s.profiles().mine().bio()).isEqualTo("first device");
        assertThat(s.sync().push(List.of(stale)).get(0)).isEqualTo(conflict);

        // someone else's profile: refused, with the reason the service gives
        Session other = member("Ursula", "Other");
        ProfileView theirs = publishedProfile(other, ProfileVisibility.PUBLIC);
        MutationResult rejected = s.sync().push(List.of(profileSave(withBio(theirs, "not mine")))).get(0);
        assertThat(rejected.outcome()).isEqualTo(MutationOutcome.REJECTED);
        assertThat(rejected.reason()).isEqualTo(Messages.get("profiles.notYours"));
        Change their = rejected.rows().stream().filter(c -> c.entityType().equals("personal_details")).findFirst().orElseThrow();
        assertThat(their.operation()).isEqualTo(ChangeOperation.UPSERT);
        assertThat(json(their).has("password_hash")).isFalse();
        assertThat(other.profiles().mine().bio()).isNotEqualTo("not mine");

        // a private profile: not even its existence is told; the row goes out as a tombstone
        Session hidden = member("Vimbai", "Hidden");
        ProfileView secret = publishedProfile(hidden, ProfileVisibility.PRIVATE);
        MutationResult refused = s.sync().push(List.of(profileSave(withBio(secret, "not mine either")))).get(0);
        assertThat(refused.outcome()).isEqualTo(MutationOutcome.REJECTED);
        assertThat(refused.rows()).filteredOn(c -> c.entityType().equals("personal_details"))
                .extracting(Change::operation).containsExactly(ChangeOperation.DELETE);
    }

    @Test
    void theSameBatchPushedTwiceAtOnceIsAppliedOnce() throws Exception {
        Session staff = staff();
        EventView event = published(staff, "Twice at once", null);
        Session guest = member("Wadzanai", "Once");
        Registration r = guest.events().register(event.id());
        Session door = kiosk(staff, event.id());
        List<Mutation> batch = List.of(scan(event.id(), guest.events().myTicket(event.id()).code(), minutesAgo(5)),
                profileSave(withBio(guest.profiles().mine(), "unused")));
        // the kiosk may not save profiles: that one is refused, the scan applied
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<MutationResult>> a = pool.submit(() -> door.sync().push(batch));
            Future<List<MutationResult>> b = pool.submit(() -> door.sync().push(batch));
            assertThat(a.get(60, TimeUnit.SECONDS)).isEqualTo(b.get(60, TimeUnit.SECONDS));
            assertThat(a.get().get(0).outcome()).isEqualTo(MutationOutcome.APPLIED);
            assertThat(a.get().get(1).outcome()).isEqualTo(MutationOutcome.REJECTED);
        } finally {
            pool.shutdownNow();
        }
        assertThat(serverJdbc().sql("SELECT count(*) FROM event_check_in_scans WHERE attendee_id = ?").param(r.id())
                .query(Long.class).single()).isEqualTo(1);
        List<Map<String, Object>> before = snapshot();
        door.sync().push(batch);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void twoDoorsCheckingInTheSameTicketOfflineMergeToTheEarliestInEitherOrder() {
        Session staff = staff();
        EventView event = published(staff, "Two doors", null);
        Session doorA = kiosk(staff, event.id());
        Session doorB = kiosk(staff, event.id());
        for (boolean earlierFirst : List.of(true, false)) {
            Session guest = member("Xolani", earlierFirst ? "Early" : "Late");
            Registration r = guest.events().register(event.id());
            String code = guest.events().myTicket(event.id()).code();
            Instant early = minutesAgo(30);
            Instant late = minutesAgo(20);
            Mutation atA = scan(event.id(), code, early);
            Mutation atB = scan(event.id(), code, late);
            List<MutationResult> first = earlierFirst ? doorA.sync().push(List.of(atA)) : doorB.sync().push(List.of(atB));
            List<MutationResult> second = earlierFirst ? doorB.sync().push(List.of(atB)) : doorA.sync().push(List.of(atA));
            assertThat(first.get(0).outcome()).isEqualTo(MutationOutcome.APPLIED);
            assertThat(second.get(0).outcome()).isEqualTo(MutationOutcome.APPLIED);

            Registration merged = registration(staff, event.id(), r.id());
            assertThat(merged.checkedInAt()).isEqualTo(early);
            assertThat(merged.duplicateScans()).isEqualTo(1);
            Map<UUID, Map<String, Object>> scans = new LinkedHashMap<>();
            serverJdbc().sql("SELECT id, outcome, first_check_in_time FROM event_check_in_scans WHERE attendee_id = ?")
                    .param(r.id()).query().listOfRows().forEach(row -> scans.put((UUID) row.get("id"), row));
            assertThat(scans).hasSize(2);
            assertThat(scans.get(payloadId(atA, "scanId")).get("outcome")).isEqualTo("checked_in");
            assertThat(scans.get(payloadId(atB, "scanId")).get("outcome")).isEqualTo("duplicate");
            assertThat(((java.sql.Timestamp) scans.get(payloadId(atB, "scanId")).get("first_check_in_time")).toInstant())
                    .isEqualTo(early);
            // the reply of the second sync carries the merged registration and the scans it changed
            Change registrationRow = second.get(0).rows().stream()
                    .filter(c -> c.entityType().equals("event_attendees")).findFirst().orElseThrow();
            assertThat(Instant.parse(json(registrationRow).get("check_in_time").asText().replace("+00:00", "Z")))
                    .isEqualTo(early);
            // (when the earlier scan syncs second it takes over: the later scan's row changed too)
            assertThat(second.get(0).rows()).filteredOn(c -> c.entityType().equals("event_check_in_scans"))
                    .extracting(Change::entityId).containsExactlyInAnyOrderElementsOf(earlierFirst
                            ? List.of(payloadId(atB, "scanId")) : List.of(payloadId(atA, "scanId"), payloadId(atB, "scanId")));
            // a door repeating its scan (new mutation id, same scan) makes no second row
            Mutation again = new Mutation(UUID.randomUUID(), atB.kind(), atB.entityType(), atB.entityId(), null,
                    atB.payload(), atB.createdAt());
            doorB.sync().push(List.of(again));
            assertThat(serverJdbc().sql("SELECT count(*) FROM event_check_in_scans WHERE attendee_id = ?").param(r.id())
                    .query(Long.class).single()).isEqualTo(2);
        }
        // an unknown code offline is recorded like online
        Mutation unknown = scan(event.id(), "NO-SUCH-TICKET", minutesAgo(3));
        assertThat(doorA.sync().push(List.of(unknown)).get(0).outcome()).isEqualTo(MutationOutcome.APPLIED);
        assertThat(serverJdbc().sql("SELECT outcome FROM event_check_in_scans WHERE id = ?")
                .param(payloadId(unknown, "scanId")).query(String.class).single()).isEqualTo("invalid");
    }

    @Test
    void anEarlierOfflineScanTakesTheCheckInOverFromALaterOnlineOne() {
        Session staff = staff();
        EventView event = published(staff, "Online later", null);
        Session door = kiosk(staff, event.id());
        Session guest = member("Yeukai", "Online");
        Registration r = guest.events().register(event.id());
        String code = guest.events().myTicket(event.id()).code();
        door.events().checkIn(event.id(), code); // online, now
        Instant offline = minutesAgo(15);
        door.sync().push(List.of(scan(event.id(), code, offline)));
        Registration merged = registration(staff, event.id(), r.id());
        assertThat(merged.checkedInAt()).isEqualTo(offline);
        assertThat(merged.duplicateScans()).isEqualTo(1);
    }

    @Test
    void offlineWalkInsAreConfirmedFlaggedOverCapacityOrAttachedToTheExistingMember() {
        Session staff = staff();
        EventView event = published(staff, "Walk-ins", 1);
        Session door = kiosk(staff, event.id());
        Mutation first = walkIn(event.id(), "Zanele", Hubs.uniqueEmail("zanele"), minutesAgo(10));
        MutationResult confirmed = door.sync().push(List.of(first)).get(0);
        assertThat(confirmed.outcome()).isEqualTo(MutationOutcome.APPLIED);
        Registration one = registration(staff, event.id(), payloadId(first, "registrationId"));
        assertThat(one.memberId()).isEqualTo(payloadId(first, "memberId"));
        assertThat(one.offlineStatus()).isEqualTo(OfflineCheckIn.CONFIRMED);
        assertThat(one.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(one.checkedInAt()).isEqualTo(ContractJson.mapper().readTree(first.payload()).get("scannedAt").asText()
                .transform(Instant::parse));
        assertThat(confirmed.rows()).filteredOn(c -> c.operation() == ChangeOperation.UPSERT)
                .extracting(Change::entityType)
                .contains("personal_details", "events", "event_attendees", "event_check_in_scans");

        Mutation second = walkIn(event.id(), "Zodwa", Hubs.uniqueEmail("zodwa"), minutesAgo(9));
        assertThat(door.sync().push(List.of(second)).get(0).outcome()).isEqualTo(MutationOutcome.APPLIED);
        Registration two = registration(staff, event.id(), payloadId(second, "registrationId"));
        assertThat(two.offlineStatus()).isEqualTo(OfflineCheckIn.OVER_CAPACITY);
        assertThat(two.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(two.checkedInAt()).isNotNull();

        Session known = member("Known", "Person");
        Mutation third = walkIn(event.id(), "Known", known.member().email().toUpperCase(java.util.Locale.ROOT), minutesAgo(8));
        MutationResult attached = door.sync().push(List.of(third)).get(0);
        assertThat(attached.outcome()).isEqualTo(MutationOutcome.APPLIED);
        assertThat(attached.rows()).anyMatch(c -> c.entityType().equals("personal_details")
                && c.entityId().equals(payloadId(third, "memberId")) && c.operation() == ChangeOperation.DELETE);
        // the known member had no registration: the replica's registration id is kept, for them
        Change kept = attached.rows().stream().filter(c -> c.entityType().equals("event_attendees")
                && c.operation() == ChangeOperation.UPSERT).findFirst().orElseThrow();
        assertThat(kept.entityId()).isEqualTo(payloadId(third, "registrationId"));
        assertThat(json(kept).get("user_id").asText()).isEqualTo(known.member().id().toString());
        assertThat(serverJdbc().sql("SELECT count(*) FROM personal_details WHERE user_id = ?")
                .param(payloadId(third, "memberId")).query(Long.class).single()).isZero();
        Registration knownRegistration = registration(staff, event.id(), kept.entityId());
        assertThat(knownRegistration.memberId()).isEqualTo(known.member().id());
        assertThat(knownRegistration.checkedInAt()).isNotNull();

        // already registered: the walk-in checks in their registration, the replica's copy is tombstoned
        Session registered = member("Already", "Registered");
        Registration theirs = staff.events().addAttendee(event.id(),
                new org.smilefactory.core.api.events.AddAttendee(registered.member().id(),
                        org.smilefactory.core.api.events.AttendeeRole.SPEAKER));
        Mutation fourth = walkIn(event.id(), "Already", registered.member().email(), minutesAgo(7));
        MutationResult reused = door.sync().push(List.of(fourth)).get(0);
        assertThat(reused.outcome()).isEqualTo(MutationOutcome.APPLIED);
        assertThat(reused.rows()).anyMatch(c -> c.entityType().equals("event_attendees")
                && c.entityId().equals(payloadId(fourth, "registrationId")) && c.operation() == ChangeOperation.DELETE);
        assertThat(reused.rows()).anyMatch(c -> c.entityType().equals("event_attendees")
                && c.entityId().equals(theirs.id()) && c.operation() == ChangeOperation.UPSERT);
        assertThat(registration(staff, event.id(), theirs.id()).checkedInAt()).isNotNull();
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }
}
