package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.events.AttendeeQuery;
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.sync.Change;
import org.smilefactory.core.api.sync.ChangeOperation;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.testsupport.Hubs;
import tools.jackson.databind.JsonNode;

/**
 * What a replica may hold (decision 0013): every row the change feed gives a member equals what the
 * ordinary API shows that member for the same entity, for every role; no secret ever leaves; a staff
 * replica of only what is needed holds only that.
 */
public abstract class ReplicaProjectionContract extends ContractFixture {

    private static final String ZONE = "Africa/Harare";
    private static final List<String> SECRETS = List.of("password_hash", "failed_login_count", "locked_until",
            "exit_pin_hash");

    /** A replica after applying every page: table → id → the row's latest JSON. */
    protected record Replica(String scope, Map<String, Map<UUID, JsonNode>> tables, long cursor) {

        Map<UUID, JsonNode> of(String table) {
            return tables.getOrDefault(table, Map.of());
        }
    }

    protected static Replica replicaOf(Session s, boolean neededOnly) {
        return replicaOf(s, neededOnly, new Replica(null, new HashMap<>(), 0));
    }

    /** {@code from} brought up to date by pulling after its cursor. */
    protected static Replica replicaOf(Session s, boolean neededOnly, Replica from) {
        Map<String, Map<UUID, JsonNode>> tables = new HashMap<>();
        from.tables().forEach((t, rows) -> tables.put(t, new LinkedHashMap<>(rows)));
        long cursor = from.cursor();
        String scope = null;
        for (int i = 0; i < 1000; i++) {
            ChangePage page = neededOnly ? s.sync().changes(cursor, SyncService.MAX_PAGE, true)
                    : s.sync().changes(cursor, SyncService.MAX_PAGE);
            scope = page.scope();
            for (Change c : page.changes()) {
                Map<UUID, JsonNode> rows = tables.computeIfAbsent(c.entityType(), t -> new LinkedHashMap<>());
                if (c.operation() == ChangeOperation.UPSERT) {
                    rows.put(c.entityId(), ContractJson.mapper().readTree(c.payload()));
                } else {
                    rows.remove(c.entityId());
                }
            }
            cursor = page.cursor();
            if (!page.more()) {
                return new Replica(scope, tables, cursor);
            }
        }
        throw new AssertionError("the log never ended");
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private EventView published(Session organiser, String title) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of(ZONE)).plusDays(10).truncatedTo(ChronoUnit.DAYS).withHour(9);
        EventView draft = organiser.events().save(new SaveEvent(null, 0, title, "About " + title, EventType.MEETUP,
                start, start.plusHours(3), ZONE, "Harare", "https://meet.example.org/" + title.length(), false, null,
                null, new BigDecimal("0.00"), "USD", List.of()));
        return organiser.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
    }

    private static void publish(Session s, ProfileVisibility visibility) {
        ProfileView mine = s.profiles().mine();
        ProfileView saved = s.profiles().save(new SaveProfile(mine.memberId(), mine.version(), mine.firstName(),
                mine.lastName(), null, null, "+263", "771234567", "Soil sensors.", "Harare",
                org.smilefactory.core.api.profiles.ProfileType.INNOVATOR, visibility,
                new org.smilefactory.core.api.profiles.InnovatorDetails("Agritech", null, "Mbeu", null, null, null,
                        null, null, null)));
        s.profiles().publish(saved.memberId(), saved.version());
    }

    /** Members with public and private profiles (both with a phone), an event two of them attend, its door. */
    private record World(Session staff, Session viewer, Session open, Session hidden, EventView event,
                         Registration viewerTicket, Registration openTicket, Session door) {
    }

    private World world() {
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Stella", "Staff");
        Session viewer = Hubs.member(backend, admin, Role.USER, "Vusi", "Viewer");
        Session open = Hubs.member(backend, admin, Role.USER, "Olga", "Open");
        Session hidden = Hubs.member(backend, admin, Role.USER, "Hana", "Hidden");
        publish(viewer, ProfileVisibility.PUBLIC);
        publish(open, ProfileVisibility.PUBLIC);
        publish(hidden, ProfileVisibility.PRIVATE);
        EventView event = published(staff, "Projection day");
        Registration viewerTicket = viewer.events().register(event.id());
        Registration openTicket = open.events().register(event.id());
        String kioskEmail = Hubs.uniqueEmail("door");
        staff.events().createKiosk(event.id(), new CreateKiosk(kioskEmail, Hubs.MEMBER_PASSWORD, "Door", "1234"));
        Session door = backend.signIn(kioskEmail, Hubs.MEMBER_PASSWORD);
        door.events().checkIn(event.id(), open.events().myTicket(event.id()).code());
        return new World(staff, viewer, open, hidden, event, viewerTicket, openTicket, door);
    }

    private static void assertNoSecrets(Replica replica) {
        replica.tables().forEach((table, rows) -> rows.forEach((id, row) -> {
            for (String secret : SECRETS) {
                assertThat(row.has(secret)).as("%s of %s/%s", secret, table, id).isFalse();
            }
        }));
    }

    /** Every member row, event and registration of the replica, compared with the API's answer to {@code s}. */
    private static void assertEqualsTheApi(Session s, Replica replica) {
        assertNoSecrets(replica);
        assertThat(replica.of("personal_details")).isNotEmpty();
        for (Map.Entry<UUID, JsonNode> e : replica.of("personal_details").entrySet()) {
            ProfileView api = s.profiles().get(e.getKey());
            JsonNode row = e.getValue();
            assertThat(text(row, "email")).as("email of %s", e.getKey()).isEqualTo(api.email());
            assertThat(text(row, "phone_country_code")).as("phone of %s", e.getKey()).isEqualTo(api.phoneCountryCode());
            assertThat(text(row, "phone_number")).as("phone of %s", e.getKey()).isEqualTo(api.phoneNumber());
            assertThat(text(row, "first_name")).isEqualTo(api.firstName());
            assertThat(text(row, "last_name")).isEqualTo(api.lastName());
            assertThat(text(row, "bio")).isEqualTo(api.bio());
            assertThat(text(row, "location")).isEqualTo(api.location());
            assertThat(row.get("version").asLong()).isEqualTo(api.version());
        }
        for (Map.Entry<UUID, JsonNode> e : replica.of("events").entrySet()) {
            EventView api = s.events().get(e.getKey());
            JsonNode row = e.getValue();
            assertThat(text(row, "title")).isEqualTo(api.title());
            assertThat(text(row, "location")).isEqualTo(api.location());
            assertThat(text(row, "virtual_meeting_url")).isEqualTo(api.virtualMeetingUrl());
            assertThat(text(row, "status")).isEqualTo(api.status().name().toLowerCase(Locale.ROOT));
            assertThat(row.get("version").asLong()).isEqualTo(api.version());
        }
        for (Map.Entry<UUID, JsonNode> e : replica.of("event_attendees").entrySet()) {
            JsonNode row = e.getValue();
            UUID eventId = UUID.fromString(text(row, "event_id"));
            Registration api;
            if (UUID.fromString(text(row, "user_id")).equals(s.member().id())) {
                api = s.events().get(eventId).myRegistration();
                assertThat(text(row, "ticket_code")).isNotNull().isEqualTo(s.events().myTicket(eventId).code());
            } else {
                api = s.events().attendees(eventId, AttendeeQuery.all()).items().stream()
                        .filter(r -> r.id().equals(e.getKey())).findFirst().orElseThrow();
                assertThat(text(row, "ticket_code")).as("someone else's ticket").isNull();
            }
            assertThat(api.ticketCode() == null || api.ticketCode().equals(text(row, "ticket_code"))).isTrue();
            assertThat(row.get("version").asLong()).isEqualTo(api.version());
        }
        for (JsonNode scan : replica.of("event_check_in_scans").values()) {
            assertThat(text(scan, "ticket_code")).as("a scanned ticket").isNull();
        }
    }

    @Test
    void aMembersReplicaHoldsExactlyWhatTheApiShowsThem() {
        World w = world();
        Replica replica = replicaOf(w.viewer(), false);
        assertThat(replica.of("personal_details")).containsKeys(w.viewer().member().id(), w.open().member().id())
                .doesNotContainKey(w.hidden().member().id());
        assertThat(text(replica.of("personal_details").get(w.open().member().id()), "email")).isNull();
        assertThat(text(replica.of("personal_details").get(w.viewer().member().id()), "email"))
                .isEqualTo(w.viewer().member().email());
        assertThat(replica.of("event_attendees")).containsOnlyKeys(w.viewerTicket().id());
        assertEqualsTheApi(w.viewer(), replica);
    }

    @Test
    void staffAndAdminReplicasHoldExactlyWhatTheApiShowsThem() {
        World w = world();
        for (Session s : List.of(w.staff(), admin)) {
            Replica replica = replicaOf(s, false);
            assertThat(replica.scope()).isEqualTo("staff");
            assertThat(replica.of("personal_details")).containsKeys(w.open().member().id(), w.hidden().member().id());
            assertThat(text(replica.of("personal_details").get(w.hidden().member().id()), "phone_number"))
                    .isEqualTo("771234567");
            assertThat(replica.of("event_attendees")).containsKeys(w.viewerTicket().id(), w.openTicket().id());
            assertEqualsTheApi(s, replica);
        }
    }

    @Test
    void aKiosksReplicaHoldsItsAttendeesAsItsAttendeeSearchShowsThemAndTheirTicketsButNoSecrets() {
        World w = world();
        Replica replica = replicaOf(w.door(), false);
        assertNoSecrets(replica);
        assertThat(replica.of("kiosk_assignments")).containsOnlyKeys(w.door().member().id());
        for (Session attendee : List.of(w.viewer(), w.open())) {
            JsonNode row = replica.of("personal_details").get(attendee.member().id());
            Registration api = w.door().events().findAttendees(w.event().id(), attendee.member().email()).get(0);
            assertThat(text(row, "email")).isEqualTo(api.email());
            assertThat(text(row, "phone_number")).as("the door never sees phones").isNull();
            // the door checks tickets offline: it holds the codes of its own event's registrations
            JsonNode ticket = replica.of("event_attendees").get(api.id());
            assertThat(text(ticket, "ticket_code")).isEqualTo(attendee.events().myTicket(w.event().id()).code());
        }
        EventView api = w.door().events().kioskEvent();
        assertThat(text(replica.of("events").get(api.id()), "title")).isEqualTo(api.title());
        assertThat(replica.of("events").get(api.id()).get("version").asLong()).isEqualTo(api.version());
    }

    @Test
    void aStaffReplicaOfOnlyWhatIsNeededHoldsTheirOwnDataAndTheirEventsOnly() {
        World w = world();
        Session traveller = Hubs.member(backend, admin, Role.STAFF, "Tendai", "Traveller");
        EventView mine = published(traveller, "Road show");
        Registration guest = w.viewer().events().register(mine.id());
        Registration attending = traveller.events().register(w.event().id());

        Replica full = replicaOf(traveller, false);
        Replica needed = replicaOf(traveller, true);
        assertThat(needed.scope()).isEqualTo("staff-needed:" + traveller.member().id());
        // the full copy holds every member; the small one the traveller, their guest and the organiser
        // of the event they attend
        assertThat(full.of("personal_details")).containsKeys(w.open().member().id(), w.hidden().member().id(),
                w.viewer().member().id(), traveller.member().id(), w.door().member().id());
        assertThat(needed.of("personal_details").keySet()).containsExactlyInAnyOrder(traveller.member().id(),
                w.viewer().member().id(), w.staff().member().id());
        assertThat(needed.of("personal_details").size()).isLessThan(full.of("personal_details").size());
        assertThat(needed.of("events").keySet()).containsExactlyInAnyOrder(mine.id(), w.event().id());
        assertThat(needed.of("event_attendees").keySet()).containsExactlyInAnyOrder(guest.id(), attending.id());
        assertThat(full.of("event_attendees")).containsKeys(guest.id(), attending.id(), w.openTicket().id());
        assertThat(needed.tables().keySet()).doesNotContain("event_check_in_scans");
        assertThat(needed.of("innovator_profiles").keySet()).containsOnly(w.viewer().member().id());
        assertEqualsTheApi(traveller, needed);

        // a member who registers for the traveller's event later comes with their registration (their
        // own row was not logged when it became needed)
        Registration late = w.open().events().register(mine.id());
        Replica again = replicaOf(traveller, true, needed);
        assertThat(again.of("event_attendees")).containsKey(late.id());
        assertThat(again.of("personal_details")).containsKey(w.open().member().id());
    }
}
