package org.smilefactory.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.profiles.InvestorDetails;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.demo.DemoCommunity.Link;
import org.smilefactory.core.demo.DemoCommunity.Person;
import org.smilefactory.core.profiles.ProfileImport;
import org.smilefactory.core.profiles.ProfileImport.NewMember;

/** The generator alone, without a database: the whole L community in well under a second. */
class DemoCommunityTest {

    private static final int YEAR = 2025;
    private static List<Person> large;

    @BeforeAll
    static void generateLarge() {
        large = new DemoCommunity(DemoCommunity.DEFAULT_SEED, YEAR).people(0, DemoSize.L.members());
    }

    @Test
    void sameSeedGivesTheSameCommunity() {
        List<Person> again = new DemoCommunity(DemoCommunity.DEFAULT_SEED, YEAR).people(0, DemoSize.S.members());
        assertThat(again).isEqualTo(large.subList(0, DemoSize.S.members()));
    }

    @Test
    void aMemberDoesNotDependOnWhoWasGeneratedBefore() {
        DemoCommunity community = new DemoCommunity(DemoCommunity.DEFAULT_SEED, YEAR);
        assertThat(community.person(4_321)).isEqualTo(large.get(4_321));
        assertThat(community.people(150, 160)).isEqualTo(large.subList(150, 160));
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        List<String> names = names(large.subList(0, 200));
        List<String> other = names(new DemoCommunity(42, YEAR).people(0, 200));
        assertThat(other).isNotEqualTo(names);
    }

    @Test
    void everyMemberPassesTheRulesTheProfileFormApplies() {
        for (Person p : large) {
            NewMember member = new NewMember(p.email(), true, p.profileWithId(UUID.randomUUID()), p.state(), null);
            assertThatCode(() -> ProfileImport.validate(member)).as(p.email()).doesNotThrowAnyException();
        }
    }

    @Test
    void emailsAreUniqueAndOnTheDemoDomain() {
        Set<String> emails = large.stream().map(p -> p.email().toLowerCase()).collect(Collectors.toSet());
        assertThat(emails).hasSize(large.size());
        assertThat(emails).allMatch(e -> e.matches("[a-z0-9]+\\.[a-z0-9]+\\.[0-9]+@demo\\.smilefactory\\.africa"));
    }

    @Test
    void theSmallCommunityHasEveryTypeAndTheLargeOneHasPlausibleShares() {
        assertThat(large.subList(0, 200).stream().map(p -> p.profile().profileType()).collect(Collectors.toSet()))
                .containsAll(List.of(ProfileType.values()));
        Map<ProfileType, Long> counts = new EnumMap<>(ProfileType.class);
        large.stream().filter(p -> p.profile().profileType() != null)
                .forEach(p -> counts.merge(p.profile().profileType(), 1L, Long::sum));
        assertThat(counts.get(ProfileType.INNOVATOR)).isBetween(2_500L, 3_500L);
        assertThat(counts.get(ProfileType.ACADEMIC_STUDENT)).isGreaterThan(counts.get(ProfileType.MENTOR));
        assertThat(counts.get(ProfileType.BUSINESS_INVESTOR)).isLessThan(counts.get(ProfileType.MENTOR));
        assertThat(counts.get(ProfileType.ACADEMIC_INSTITUTION)).isLessThan(counts.get(ProfileType.BUSINESS_INVESTOR));
    }

    @Test
    void mostProfilesArePublishedAndPublicButNotAll() {
        long published = large.stream().filter(p -> p.state() == ProfileState.PUBLISHED).count();
        assertThat(published).isBetween(7_500L, 9_500L);
        Map<ProfileVisibility, Long> visibility = large.stream().filter(p -> p.profile().visibility() != null)
                .collect(Collectors.groupingBy(p -> p.profile().visibility(), Collectors.counting()));
        assertThat(visibility.get(ProfileVisibility.PUBLIC)).isGreaterThan(7_000L);
        assertThat(visibility.get(ProfileVisibility.CONNECTIONS_ONLY)).isGreaterThan(500L);
        assertThat(visibility.get(ProfileVisibility.PRIVATE)).isGreaterThan(300L);
        assertThat(large).anyMatch(p -> p.profile().profileType() == null && p.state() == ProfileState.DRAFT);
    }

    @Test
    void mostMembersLiveInZimbabwe() {
        long zimbabwe = large.stream().filter(p -> p.profile().location() != null)
                .filter(p -> p.profile().location().endsWith(", Zimbabwe")).count();
        long located = large.stream().filter(p -> p.profile().location() != null).count();
        assertThat((double) zimbabwe / located).isBetween(0.6, 0.85);
    }

    @Test
    void investorsTicketsRunFromMinimumToMaximum() {
        assertThat(large).map(Person::profile).filteredOn(p -> p.details() instanceof InvestorDetails)
                .allSatisfy(p -> {
                    InvestorDetails d = (InvestorDetails) p.details();
                    if (d.ticketSizeMin() != null && d.ticketSizeMax() != null) {
                        assertThat(d.ticketSizeMin()).isLessThanOrEqualTo(d.ticketSizeMax());
                    }
                });
    }

    @Test
    void connectionsGoToEarlierMembersOncePerPair() {
        Set<String> pairs = new HashSet<>();
        int total = 0;
        for (Person p : large) {
            for (Link link : p.links()) {
                assertThat(link.other()).isBetween(0, p.index() - 1);
                assertThat(pairs.add(link.other() + "-" + p.index())).as("pair %s-%s", link.other(), p.index()).isTrue();
                total++;
            }
        }
        assertThat(total).isGreaterThan(large.size());
        assertThat(large.stream().flatMap(p -> p.links().stream()).filter(Link::accepted).count())
                .isGreaterThan(total * 3L / 4);
    }

    private static List<String> names(List<Person> people) {
        return people.stream().map(p -> p.profile().firstName() + " " + p.profile().lastName()).toList();
    }
}
