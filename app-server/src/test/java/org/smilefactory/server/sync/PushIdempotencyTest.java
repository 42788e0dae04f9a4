package org.smilefactory.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.api.sync.MutationResult;

/**
 * Acceptance (issue 7, fault "the same batch is sent twice"): {@code session.sync().push(batch)} through
 * the remote backend twice with the very same mutations — profile edit, check-ins by code and by
 * name, a walk-in, and a stale edit that conflicts — applies each once and answers the same replies.
 */
class PushIdempotencyTest extends SyncHubTest {

    @Test
    void theSameBatchTwiceIsAppliedOnceAndAnsweredTheSameWay() {
        Session member = hub.member(Role.USER, "Tendai", "Moyo");
        ProfileView profile = member.profiles().mine();
        EventView event = hub.publishedEvent(staff, "Idempotent summit", 50);
        List<Registration> regs = hub.attendees(staff, event.id(), 2, "Twice");
        Instant t1 = SyncHub.minutesAgo(30);
        Instant t2 = SyncHub.minutesAgo(29);
        Instant t3 = SyncHub.minutesAgo(28);
        UUID scan1 = UUID.randomUUID();
        UUID scan2 = UUID.randomUUID();
        UUID walkInMember = UUID.randomUUID();
        UUID walkInRegistration = UUID.randomUUID();
        UUID walkInScan = UUID.randomUUID();
        String walkInEmail = "walk.in." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        Mutation edit = Mutations.profileSave(Mutations.edit(profile, "Edited offline, pushed twice."), t1);
        Mutation byCode = Mutations.checkIn(event.id(), regs.get(0).id(), hub.ticketCode(regs.get(0).id()), scan1, t1, "Door A");
        Mutation byName = Mutations.checkInRegistration(event.id(), regs.get(1).id(), scan2, t2, "Door A");
        Mutation walkIn = Mutations.walkIn(event.id(), "Walk", "In", walkInEmail, walkInMember, walkInRegistration, walkInScan, t3);
        // made on the version before the edit above: it conflicts with it
        Mutation stale = Mutations.profileSave(Mutations.edit(profile, "A stale second edit."), t3);
        List<Mutation> batch = List.of(edit, byCode, byName, walkIn, stale);

        long appliedBefore = hub.appliedMutations();
        List<MutationResult> first = staff.sync().push(batch);
        TableSnapshot afterFirst = TableSnapshot.of("server after the first push", hub.db());
        List<MutationResult> second = staff.sync().push(batch);

        assertThat(first).extracting(MutationResult::mutationId).containsExactly(
                edit.id(), byCode.id(), byName.id(), walkIn.id(), stale.id());
        assertThat(first).extracting(MutationResult::outcome).containsExactly(
                MutationOutcome.APPLIED, MutationOutcome.APPLIED, MutationOutcome.APPLIED, MutationOutcome.APPLIED,
                MutationOutcome.CONFLICT);
        assertThat(second).as("the stored replies, verbatim").isEqualTo(first);
        assertThat(hub.appliedMutations() - appliedBefore).isEqualTo(batch.size());
        TableSnapshot.of("server after the second push", hub.db()).assertSameAs(afterFirst);

        // what each mutation did, once
        ProfileView now = member.profiles().mine();
        assertThat(now.bio()).isEqualTo("Edited offline, pushed twice.");
        assertThat(now.version()).isEqualTo(profile.version() + 1);
        assertThat(hub.db().sql("SELECT count(*) FROM event_check_in_scans WHERE id IN (:a, :b, :c)")
                .param("a", scan1).param("b", scan2).param("c", walkInScan).query(Long.class).single()).isEqualTo(3);
        assertThat(hub.db().sql("SELECT count(*) FROM event_check_in_scans WHERE event_id = :e").param("e", event.id())
                .query(Long.class).single()).isEqualTo(3);
        assertThat(hub.db().sql("SELECT check_in_time FROM event_attendees WHERE id = :id").param("id", regs.get(0).id())
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(t1);
        assertThat(hub.db().sql("SELECT count(*) FROM personal_details WHERE lower(email) = :e").param("e", walkInEmail)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(hub.db().sql("SELECT offline_status FROM event_attendees WHERE event_id = :e AND user_id = "
                        + "(SELECT user_id FROM personal_details WHERE lower(email) = :m)")
                .param("e", event.id()).param("m", walkInEmail).query(String.class).list()).containsExactly("confirmed");

        // a later batch that repeats one old mutation next to a new one: the old one is not redone
        Mutation again = Mutations.profileSave(Mutations.edit(now, "A third edit."), Instant.now());
        List<MutationResult> mixed = staff.sync().push(List.of(edit, again));
        assertThat(mixed.get(0)).isEqualTo(first.get(0));
        assertThat(mixed.get(1).outcome()).isEqualTo(MutationOutcome.APPLIED);
        assertThat(member.profiles().mine().version()).isEqualTo(profile.version() + 2);
        assertThat(hub.appliedMutations() - appliedBefore).isEqualTo(batch.size() + 1);
    }
}
