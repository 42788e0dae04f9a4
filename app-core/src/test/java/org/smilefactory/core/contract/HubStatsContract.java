package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.marketplace.ListingType;
import org.smilefactory.core.api.marketplace.SaveListing;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.stats.CountByKey;
import org.smilefactory.core.api.stats.EventAttendance;
import org.smilefactory.core.api.stats.HubStats;
import org.smilefactory.core.api.stats.WeeklyCount;
import org.smilefactory.core.testsupport.Hubs;

/** The staff dashboard's numbers — on any backend. Each test reads differences, as the hub is shared. */
public abstract class HubStatsContract extends ContractFixture {

    /** A published post by {@code author} at {@code at}. */
    protected abstract void post(UUID author, Instant at);

    /** A published event at {@code at} with confirmed attendees, the first {@code checkedIn} of them checked in. */
    protected abstract UUID event(UUID organiser, String title, Instant at, List<UUID> attendees, int checkedIn);

    private static long count(List<CountByKey> counts, String key) {
        return counts.stream().filter(c -> c.key().equals(key)).mapToLong(CountByKey::count).findFirst().orElse(0);
    }

    private static long thisWeek(List<WeeklyCount> weeks) {
        return weeks.get(weeks.size() - 1).count();
    }

    @Test
    void membersAndKioskAccountsMayNotReadTheHubsNumbers() {
        Session member = Hubs.member(backend, admin, Role.USER, "Curious", "Member");
        assertThatThrownBy(() -> member.stats().load(8, 5)).isInstanceOf(PermissionDeniedException.class);
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Door", "Kiosk");
        assertThatThrownBy(() -> kiosk.stats().load(8, 5)).isInstanceOf(PermissionDeniedException.class);
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Office", "Staff");
        assertThat(staff.stats().load(8, 5).signUpsPerWeek()).hasSize(8);
    }

    @Test
    void badRangesAreRefused() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> admin.stats().load(0, 500));
        assertThat(e.violationOf("weeks")).isPresent();
        assertThat(e.violationOf("events")).isPresent();
    }

    @Test
    void membersAreCountedByTypeStateAndSignUpWeek() {
        HubStats before = admin.stats().load(12, 5);
        Session fresh = Hubs.member(backend, admin, Role.USER, "Fresh", "Member");
        Session innovator = Hubs.member(backend, admin, Role.USER, "Ino", "Vator");
        ProfileView mine = innovator.profiles().mine();
        innovator.profiles().save(new SaveProfile(mine.memberId(), mine.version(), "Ino", "Vator", null, null, null, null,
                null, null, ProfileType.INNOVATOR, ProfileVisibility.PUBLIC,
                new InnovatorDetails("Agritech", null, null, null, null, null, null, null, null)));
        Hubs.member(backend, admin, Role.KIOSK, "Not", "AMember");
        HubStats after = admin.stats().load(12, 5);
        assertThat(after.totalMembers()).isEqualTo(before.totalMembers() + 2);
        assertThat(count(after.membersByType(), "innovator")).isEqualTo(count(before.membersByType(), "innovator") + 1);
        assertThat(count(after.membersByType(), "none")).isEqualTo(count(before.membersByType(), "none") + 1);
        assertThat(count(after.membersByState(), "NEW")).isEqualTo(count(before.membersByState(), "NEW") + 1);
        assertThat(count(after.membersByState(), "INCOMPLETE")).isEqualTo(count(before.membersByState(), "INCOMPLETE") + 1);
        assertThat(after.signUpsPerWeek()).hasSize(12);
        assertThat(thisWeek(after.signUpsPerWeek())).isEqualTo(thisWeek(before.signUpsPerWeek()) + 2);
        LocalDate monday = LocalDate.now(ZoneId.of("Africa/Harare")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(after.signUpsPerWeek().get(11).weekStart()).isEqualTo(monday);
        assertThat(after.signUpsPerWeek().get(0).weekStart()).isEqualTo(monday.minusWeeks(11));
        assertThat(fresh.member().id()).isNotNull();
    }

    @Test
    void postsAreCountedPerWeek() {
        Session author = Hubs.member(backend, admin, Role.USER, "Prolific", "Writer");
        HubStats before = admin.stats().load(4, 5);
        Instant now = Instant.now();
        post(author.member().id(), now);
        post(author.member().id(), now.minus(Duration.ofDays(14)));
        post(author.member().id(), now.minus(Duration.ofDays(400)));
        HubStats after = admin.stats().load(4, 5);
        long totalBefore = before.postsPerWeek().stream().mapToLong(WeeklyCount::count).sum();
        long totalAfter = after.postsPerWeek().stream().mapToLong(WeeklyCount::count).sum();
        assertThat(totalAfter).as("the post from last year is outside the window").isEqualTo(totalBefore + 2);
        assertThat(thisWeek(after.postsPerWeek())).isEqualTo(thisWeek(before.postsPerWeek()) + 1);
    }

    @Test
    void recentEventsCompareRegistrationsWithCheckIns() {
        Session organiser = Hubs.member(backend, admin, Role.STAFF, "Event", "Organiser");
        List<UUID> people = List.of(
                Hubs.member(backend, admin, Role.USER, "Att", "One").member().id(),
                Hubs.member(backend, admin, Role.USER, "Att", "Two").member().id(),
                Hubs.member(backend, admin, Role.USER, "Att", "Three").member().id());
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        UUID id = event(organiser.member().id(), "Pitch night", yesterday, people, 2);
        event(organiser.member().id(), "Future expo", Instant.now().plus(Duration.ofDays(20)), people, 0);
        HubStats stats = admin.stats().load(4, 50);
        EventAttendance pitch = stats.recentEvents().stream().filter(e -> e.eventId().equals(id)).findFirst().orElseThrow();
        assertThat(pitch.registered()).isEqualTo(3);
        assertThat(pitch.checkedIn()).isEqualTo(2);
        assertThat(pitch.title()).isEqualTo("Pitch night");
        assertThat(stats.recentEvents()).extracting(EventAttendance::title).doesNotContain("Future expo");
    }

    @Test
    void activeListingsAreCountedByCategory() {
        String category = "Stats " + UUID.randomUUID().toString().substring(0, 8);
        Session seller = Hubs.member(backend, admin, Role.USER, "Stats", "Seller");
        for (int i = 0; i < 3; i++) {
            seller.marketplace().create(new SaveListing(null, 0, "Thing " + i, "A thing", category, ListingType.PRODUCT,
                    BigDecimal.ONE, null, false, null, null, null, null, null));
        }
        var removed = seller.marketplace().create(new SaveListing(null, 0, "Gone", "Removed thing", category,
                ListingType.PRODUCT, BigDecimal.ONE, null, false, null, null, null, null, null));
        seller.marketplace().remove(removed.id(), removed.version());
        assertThat(count(admin.stats().load(4, 5).activeListingsByCategory(), category)).isEqualTo(3);
    }
}
