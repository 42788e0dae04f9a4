package org.smilefactory.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.api.events.CheckInOutcome;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A day of offline work on one client, remembered so the test can check afterwards that the server
 * holds each change exactly once: profile edits (several per profile, each on the version the one
 * before made) and first check-ins of tickets.
 */
final class OfflineWork {

    /** memberId → (server version before, edits made, last bio). */
    final Map<UUID, int[]> editsPerMember = new HashMap<>();
    final Map<UUID, Long> versionBefore = new HashMap<>();
    final Map<UUID, String> lastBio = new HashMap<>();
    int checkIns;
    int mutations;

    /** {@code edits} profile saves spread round-robin over {@code members}, made on the client's replica. */
    void editProfiles(Client client, List<UUID> members, int edits, String tag) {
        for (int i = 0; i < edits; i++) {
            UUID id = members.get(i % members.size());
            ProfileView p = client.offline().profiles().get(id);
            versionBefore.putIfAbsent(id, p.version());
            String bio = tag + " edit " + i + " of " + p.firstName();
            SaveProfile save = new SaveProfile(p.memberId(), p.version(), p.firstName(), p.lastName(), p.profileName(),
                    p.gender(), p.phoneCountryCode(), p.phoneNumber(), bio, p.location(), p.profileType(), p.visibility(),
                    p.details());
            client.offline().profiles().save(save);
            editsPerMember.computeIfAbsent(id, k -> new int[1])[0]++;
            lastBio.put(id, bio);
            mutations++;
        }
    }

    /**
     * First check-ins from the organiser's attendee list (by registration): a staff replica holds no
     * one else's ticket code (decision 0013), only a door kiosk's copy checks codes.
     */
    void checkIn(Client client, UUID eventId, List<SyncHub.Ticket> tickets) {
        for (SyncHub.Ticket t : tickets) {
            assertThat(client.offline().events().checkInRegistration(eventId, t.registrationId()).outcome())
                    .isEqualTo(CheckInOutcome.CHECKED_IN);
            checkIns++;
            mutations++;
        }
    }

    /** The server holds every edit once (version moved by exactly the number of edits) and every check-in once. */
    void assertAppliedOnce(JdbcClient server, UUID eventId) {
        editsPerMember.forEach((id, n) -> {
            Map<String, Object> row = server.sql("SELECT version, bio FROM personal_details WHERE user_id = :id")
                    .param("id", id).query().singleRow();
            assertThat(((Number) row.get("version")).longValue()).as("version of %s", id)
                    .isEqualTo(versionBefore.get(id) + n[0]);
            assertThat(row.get("bio")).isEqualTo(lastBio.get(id));
        });
        if (eventId != null) {
            assertThat(server.sql("SELECT count(*) FROM event_check_in_scans WHERE event_id = :e").param("e", eventId)
                    .query(Long.class).single()).as("scans, one per offline check-in").isEqualTo(checkIns);
            assertThat(server.sql("SELECT count(*) FROM event_check_in_scans WHERE event_id = :e AND outcome = 'checked_in'")
                    .param("e", eventId).query(Long.class).single()).isEqualTo(checkIns);
            assertThat(server.sql("SELECT count(*) FROM event_attendees WHERE event_id = :e AND check_in_time IS NOT NULL")
                    .param("e", eventId).query(Long.class).single()).isEqualTo(checkIns);
        }
    }
}
