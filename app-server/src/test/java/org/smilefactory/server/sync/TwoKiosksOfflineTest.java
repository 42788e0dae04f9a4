package org.smilefactory.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.events.AttendeeQuery;
import org.smilefactory.core.api.events.CheckInOutcome;
import org.smilefactory.core.api.events.CheckInResult;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.OfflineCheckIn;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.WalkIn;
import org.smilefactory.core.testsupport.Hubs;

/**
 * Acceptance (issue 7): two door kiosks of one event lose the network, check in overlapping attendees
 * at different times, and sync one after the other — in either order the server ends with one check-in
 * per ticket at the EARLIEST scan time, the later scan recorded as a duplicate that staff see, and
 * both kiosks' replicas equal to what the server holds for their scope. And walk-ins both doors let
 * in offline on the last place: provisional on the doors, then confirmed for the first to sync and
 * flagged over capacity (kept: the person is in) for the second.
 */
class TwoKiosksOfflineTest extends SyncHubTest {

    @Test
    void doorOneSyncsFirst() {
        twoDoorsOffline(true);
    }

    @Test
    void doorTwoSyncsFirst() {
        twoDoorsOffline(false);
    }

    private void twoDoorsOffline(boolean doorOneFirst) {
        EventView event = hub.publishedEvent(staff, "Two doors " + doorOneFirst, 100);
        List<Registration> regs = hub.attendees(staff, event.id(), 6, "Door" + doorOneFirst);
        List<String> codes = regs.stream().map(r -> hub.ticketCode(r.id())).toList();
        SyncHub.Kiosk k1 = hub.kiosk(staff, event.id(), "Door 1");
        SyncHub.Kiosk k2 = hub.kiosk(staff, event.id(), "Door 2");

        try (Client door1 = Client.open("door 1", hub.proxy.uri(), k1.email(), Hubs.MEMBER_PASSWORD);
             Client door2 = Client.open("door 2", hub.proxy.uri(), k2.email(), Hubs.MEMBER_PASSWORD)) {
            door1.sync();
            door2.sync();
            assertThat(door1.db().sql("SELECT count(*) FROM event_attendees").query(Long.class).single()).isEqualTo(6);

            // the venue Wi-Fi drops; both doors keep scanning on their replicas
            hub.proxy.refuseNewConnections(true); // no network for new connections (open ones idle: see FaultProxy#goDown)
            Map<Integer, List<Instant>> scans = new HashMap<>();
            // tickets 0,1: door 1 only; 4,5: door 2 only; 2: door 1 first; 3: door 2 first
            scan(door1, event.id(), codes, 0, scans);
            scan(door1, event.id(), codes, 1, scans);
            scan(door1, event.id(), codes, 2, scans);
            scan(door2, event.id(), codes, 3, scans);
            scan(door2, event.id(), codes, 2, scans);
            scan(door1, event.id(), codes, 3, scans);
            scan(door2, event.id(), codes, 4, scans);
            scan(door2, event.id(), codes, 5, scans);
            // a second scan of the same ticket at the same door, offline: a duplicate there already
            CheckInResult again = door2.offline().events().checkIn(event.id(), codes.get(5));
            assertThat(again.outcome()).isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
            assertThat(door1.pending()).isEqualTo(4);
            assertThat(door2.pending()).isEqualTo(5);
            // the times as each door recorded its scans (what the server must merge by)
            scans.clear();
            for (Client door : List.of(door1, door2)) {
                door.db().sql("SELECT ticket_code, scanned_at FROM event_check_in_scans WHERE event_id = :e")
                        .param("e", event.id())
                        .query((rs, n) -> scans.computeIfAbsent(codes.indexOf(rs.getString(1)), k -> new ArrayList<>())
                                .add(rs.getTimestamp(2).toInstant()))
                        .list();
            }
            hub.proxy.comeBack();

            Client first = doorOneFirst ? door1 : door2;
            Client second = doorOneFirst ? door2 : door1;
            first.sync();
            second.sync();
            first.sync();
            assertThat(door1.pending()).isZero();
            assertThat(door2.pending()).isZero();
            assertThat(door1.heldChanges()).isEmpty();
            assertThat(door2.heldChanges()).isEmpty();

            assertThat(scans.get(5)).hasSize(2);
            for (int i = 0; i < 6; i++) {
                Instant earliest = scans.get(i).stream().min(Instant::compareTo).orElseThrow();
                UUID reg = regs.get(i).id();
                Timestamp checkedIn = hub.db().sql("SELECT check_in_time FROM event_attendees WHERE id = :id")
                        .param("id", reg).query(Timestamp.class).single();
                assertThat(checkedIn.toInstant()).as("check-in time of ticket %d", i).isEqualTo(micros(earliest));
                List<String> outcomes = hub.db().sql("""
                        SELECT outcome || '@' || to_char(scanned_at AT TIME ZONE 'UTC', 'HH24:MI:SS.US')
                        FROM event_check_in_scans WHERE attendee_id = :id ORDER BY scanned_at
                        """).param("id", reg).query(String.class).list();
                int expectedScans = scans.get(i).size();
                assertThat(outcomes).as("scans of ticket %d", i).hasSize(expectedScans);
                assertThat(outcomes.get(0)).as("the earliest scan checked in, ticket %d", i).startsWith("checked_in@");
                assertThat(outcomes.subList(1, outcomes.size())).as("later scans, ticket %d", i)
                        .allMatch(o -> o.startsWith("duplicate@"));
            }
            Map<UUID, Integer> duplicates = new HashMap<>();
            staff.events().attendees(event.id(), new AttendeeQuery(null, null, 50)).items()
                    .forEach(r -> duplicates.put(r.id(), r.duplicateScans()));
            assertThat(duplicates.get(regs.get(0).id())).isZero();
            assertThat(duplicates.get(regs.get(2).id())).isEqualTo(1);
            assertThat(duplicates.get(regs.get(3).id())).isEqualTo(1);
            assertThat(duplicates.get(regs.get(5).id())).isEqualTo(1);

            TableSnapshot server1 = TableSnapshot.of("server (door 1's scope)", hub.db(),
                    TableSnapshot.kioskScope(k1.assignment().kioskId(), event.id()));
            TableSnapshot server2 = TableSnapshot.of("server (door 2's scope)", hub.db(),
                    TableSnapshot.kioskScope(k2.assignment().kioskId(), event.id()));
            assertThat(server1.rows("event_check_in_scans")).isEqualTo(9);
            door1.snapshot().assertSameAs(server1);
            door2.snapshot().assertSameAs(server2);
        }
    }

    @Test
    void walkInsTakenOfflineOnTheLastPlaceAreConfirmedOnceAndFlaggedOnce() {
        EventView event = hub.publishedEvent(staff, "Last place", 3);
        hub.attendees(staff, event.id(), 2, "LastPlace");
        SyncHub.Kiosk k1 = hub.kiosk(staff, event.id(), "Door 1");
        SyncHub.Kiosk k2 = hub.kiosk(staff, event.id(), "Door 2");
        try (Client door1 = Client.open("door 1", hub.proxy.uri(), k1.email(), Hubs.MEMBER_PASSWORD);
             Client door2 = Client.open("door 2", hub.proxy.uri(), k2.email(), Hubs.MEMBER_PASSWORD)) {
            door1.sync();
            door2.sync();
            hub.proxy.refuseNewConnections(true);
            // each door sees one place left and gives it away
            CheckInResult first = door1.offline().events().registerWalkIn(event.id(),
                    new WalkIn("Farai", "First", Hubs.uniqueEmail("farai")));
            SyncServer.sleep(5);
            CheckInResult second = door2.offline().events().registerWalkIn(event.id(),
                    new WalkIn("Sekai", "Second", Hubs.uniqueEmail("sekai")));
            assertThat(first.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
            assertThat(second.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
            assertThat(door1.db().sql("SELECT offline_status FROM event_attendees WHERE id = :id").param("id", first.registrationId())
                    .query(String.class).single()).isEqualTo("provisional");
            hub.proxy.comeBack();

            door2.sync();
            door1.sync();
            door2.sync();
            Map<UUID, Registration> byId = new HashMap<>();
            staff.events().attendees(event.id(), new AttendeeQuery(null, null, 50)).items().forEach(r -> byId.put(r.id(), r));
            assertThat(byId).hasSize(4);
            assertThat(byId.get(second.registrationId()).offlineStatus()).as("synced first: the place was there")
                    .isEqualTo(OfflineCheckIn.CONFIRMED);
            assertThat(byId.get(first.registrationId()).offlineStatus()).as("synced second: the event was full; kept, flagged")
                    .isEqualTo(OfflineCheckIn.OVER_CAPACITY);
            assertThat(byId.get(first.registrationId()).checkedInAt()).isNotNull();
            door1.snapshot().assertSameAs(TableSnapshot.of("server (door 1's scope)", hub.db(),
                    TableSnapshot.kioskScope(k1.assignment().kioskId(), event.id())));
            door2.snapshot().assertSameAs(TableSnapshot.of("server (door 2's scope)", hub.db(),
                    TableSnapshot.kioskScope(k2.assignment().kioskId(), event.id())));
        }
    }

    private static void scan(Client door, UUID eventId, List<String> codes, int ticket, Map<Integer, List<Instant>> scans) {
        CheckInResult r = door.offline().events().checkIn(eventId, codes.get(ticket));
        assertThat(r.outcome()).as("offline, a door knows only its own scans").isEqualTo(CheckInOutcome.CHECKED_IN);
        scans.computeIfAbsent(ticket, k -> new ArrayList<>()).add(r.scannedAt());
        SyncServer.sleep(5); // distinct times across the two doors
    }

    /** PostgreSQL keeps microseconds. */
    private static Instant micros(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }
}
