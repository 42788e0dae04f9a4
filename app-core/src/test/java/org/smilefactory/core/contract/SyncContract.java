package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
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
                assertThat(row.has("password_hash")).as("password hash of %s", c.entityId())
                        .isEqualTo(c.entityId().equals(me.member().id()));
            }
        }
        assertThat(json(latest(replica.of("personal_details", me.member().id()))).get("password_hash").asText()).startsWith("$2");
        // staff see every row, and still no one else's password hash
        Pulled all = pull(staff, 0);
        assertThat(all.ids("personal_details")).contains(hidden.member().id(), door.member().id());
        assertThat(all.ids("event_attendees")).contains(mine.id(), theirs.id());
        assertThat(all.changes().stream().filter(c -> c.entityType().equals("personal_details"))
                .filter(c -> json(c).has("password_hash")).map(Change::entityId)).containsOnly(staff.member().id());
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
        assertThat(json(latest(replica.of("kiosk_assignments", door.member().id()))).has("exit_pin_hash")).isTrue();
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

    private static void exec(Connection c, String sql) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }
}
