package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.profiles.*;
import org.smilefactory.core.testsupport.Hubs;

/** Profiles of all 8 types, visibility, versions and the directory — on any backend. */
public abstract class ProfileContract extends ContractFixture {

    /** Makes an accepted connection between two members (the connections service arrives later). */
    protected abstract void connect(UUID a, UUID b);

    static Stream<ProfileDetails> filledDetails() {
        return Stream.of(
                new InnovatorDetails("Agritech", InnovationStage.MVP, "Mbeu Labs", "Soil sensors for smallholders",
                        new BigDecimal("50000.00"), 4, "Subscription", "Smallholder farmers", "Cheap hardware"),
                new InvestorDetails(List.of("Agritech", "Fintech"), List.of(InnovationStage.IDEA, InnovationStage.MVP),
                        new BigDecimal("20000.00"), new BigDecimal("100000.00"), List.of("Zimbabwe", "Zambia"),
                        List.of("Mbeu Labs"), "Strong team", "Two meetings and a data room"),
                new MentorDetails(List.of("Product", "Fundraising"), 12, "Weekly calls", 10,
                        List.of(CommunicationMethod.VIDEO, CommunicationMethod.IN_PERSON), "Three exits", "Ask why"),
                new ProfessionalDetails("Software engineer", "Econet", List.of("Java", "SQL"), List.of("Code review"),
                        6, Availability.PART_TIME),
                new IndustryExpertDetails(List.of("Mining"), 20, ConsultingAvailability.LIMITED, new BigDecimal("80.00"),
                        List.of("Safety in small-scale mining")),
                new StudentDetails("University of Zimbabwe", "Computer Science", DegreeLevel.BACHELOR, 2027,
                        List.of(Seeking.INTERNSHIP, Seeking.MENTORSHIP)),
                new InstitutionDetails("NUST", InstitutionType.UNIVERSITY, List.of("BSc Engineering"),
                        List.of("Renewable energy"), List.of("Incubation"), 9000),
                new OrganisationDetails("Harare Water Trust", OrganisationType.NGO, "Water", OrganisationSize.S_11_50,
                        List.of("Water quality sensing"), "Low-cost meters"));
    }

    private SaveProfile fullProfile(ProfileView current, ProfileDetails details, ProfileVisibility visibility) {
        return new SaveProfile(current.memberId(), current.version(), current.firstName(), current.lastName(),
                current.firstName() + "'s profile", Gender.FEMALE, "+263", "77 123 4567",
                "Building things in Harare.", "Harare", details.type(), visibility, details);
    }

    private Session memberWithProfile(String first, String last, ProfileDetails details, ProfileVisibility visibility,
                                      boolean publish) {
        Session s = Hubs.member(backend, admin, Role.USER, first, last);
        ProfileView saved = s.profiles().save(fullProfile(s.profiles().mine(), details, visibility));
        if (publish) {
            s.profiles().publish(saved.memberId(), saved.version());
        }
        return s;
    }

    @Test
    void aNewMemberIsNewUntilTheyChooseAType() {
        Session s = Hubs.member(backend, admin, Role.USER, "Nomsa", "New");
        ProfileView mine = s.profiles().mine();
        assertThat(mine.userState()).isEqualTo(UserState.NEW);
        assertThat(mine.state()).isEqualTo(ProfileState.DRAFT);
        assertThat(mine.missingFields()).contains("profileType", "bio");
        assertThat(mine.email()).isEqualTo(s.member().email());
    }

    @ParameterizedTest
    @MethodSource("filledDetails")
    void everyTypeRoundTripsItsDetails(ProfileDetails details) {
        Session s = Hubs.member(backend, admin, Role.USER, "Tari", "Type");
        ProfileView saved = s.profiles().save(fullProfile(s.profiles().mine(), details, ProfileVisibility.PUBLIC));
        assertThat(saved.profileType()).isEqualTo(details.type());
        assertThat(saved.details()).isEqualTo(details);
        assertThat(saved.completion()).isEqualTo(100);
        assertThat(saved.userState()).isEqualTo(UserState.COMPLETE);
        assertThat(saved.missingFields()).isEmpty();
        assertThat(s.profiles().get(saved.memberId()).details()).isEqualTo(details);
    }

    @Test
    void completionFollowsTheFilledFields() {
        Session s = Hubs.member(backend, admin, Role.USER, "Half", "Done");
        ProfileView mine = s.profiles().mine();
        ProfileView saved = s.profiles().save(new SaveProfile(mine.memberId(), mine.version(), "Half", "Done", null, null,
                null, null, null, null, ProfileType.INNOVATOR, ProfileVisibility.PUBLIC,
                new InnovatorDetails("Fintech", null, null, null, null, null, null, null, null)));
        // 2 of 7 common fields + 1 of 9 innovator fields
        assertThat(saved.completion()).isEqualTo(Math.round(100f * 3 / 16));
        assertThat(saved.userState()).isEqualTo(UserState.INCOMPLETE);
        assertThat(saved.missingFields()).contains("bio", "details.startupName").doesNotContain("details.industryFocus");
    }

    @Test
    void changingTypeReplacesTheOldDetails() {
        Session s = Hubs.member(backend, admin, Role.USER, "Switch", "Type");
        ProfileView saved = s.profiles().save(fullProfile(s.profiles().mine(), filledDetails().findFirst().orElseThrow(),
                ProfileVisibility.PUBLIC));
        MentorDetails mentor = new MentorDetails(List.of("Marketing"), 3, null, null, List.of(), null, null);
        ProfileView switched = s.profiles().save(fullProfile(saved, mentor, ProfileVisibility.PUBLIC));
        assertThat(switched.profileType()).isEqualTo(ProfileType.MENTOR);
        assertThat(switched.details()).isEqualTo(mentor);
        ProfileView back = s.profiles().save(fullProfile(switched, ProfileDetails.empty(ProfileType.INNOVATOR),
                ProfileVisibility.PUBLIC));
        assertThat(back.details()).isEqualTo(ProfileDetails.empty(ProfileType.INNOVATOR));
    }

    @Test
    void aMemberCannotEditSomeoneElsesProfileButStaffCan() {
        Session owner = memberWithProfile("Owner", "Moyo", filledDetails().findFirst().orElseThrow(), ProfileVisibility.PUBLIC, true);
        Session other = Hubs.member(backend, admin, Role.USER, "Other", "Ncube");
        ProfileView target = other.profiles().get(owner.member().id());
        assertThatThrownBy(() -> other.profiles().save(fullProfile(target, target.details(), ProfileVisibility.PRIVATE)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(owner.profiles().mine().version()).isEqualTo(target.version());
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Staff", "Editor");
        ProfileView edited = staff.profiles().save(fullProfile(target, target.details(), ProfileVisibility.CONNECTIONS_ONLY));
        assertThat(edited.visibility()).isEqualTo(ProfileVisibility.CONNECTIONS_ONLY);
    }

    @Test
    void aPrivateProfileIsHiddenFromOtherMembersButNotFromStaff() {
        Session hidden = memberWithProfile("Private", "Person", filledDetails().findFirst().orElseThrow(),
                ProfileVisibility.PRIVATE, true);
        Session other = Hubs.member(backend, admin, Role.USER, "Curious", "Member");
        UUID id = hidden.member().id();
        assertThatThrownBy(() -> other.profiles().get(id)).isInstanceOf(NotFoundException.class);
        assertThat(other.profiles().directory(query("Private Person")).entries())
                .extracting(DirectoryEntry::memberId).doesNotContain(id);
        // editing what you cannot see does not reveal that it exists
        ProfileView asOwner = hidden.profiles().mine();
        assertThatThrownBy(() -> other.profiles().save(fullProfile(asOwner, asOwner.details(), ProfileVisibility.PUBLIC)))
                .isInstanceOf(NotFoundException.class);
        assertThat(admin.profiles().get(id).visibility()).isEqualTo(ProfileVisibility.PRIVATE);
        assertThat(admin.profiles().directory(query("Private Person")).entries())
                .extracting(DirectoryEntry::memberId).contains(id);
        assertThat(hidden.profiles().get(id).memberId()).isEqualTo(id);
    }

    @Test
    void connectionsOnlyProfilesNeedAnAcceptedConnection() {
        Session owner = memberWithProfile("Conny", "Connected", filledDetails().findFirst().orElseThrow(),
                ProfileVisibility.CONNECTIONS_ONLY, true);
        Session friend = Hubs.member(backend, admin, Role.USER, "Friend", "Dube");
        Session stranger = Hubs.member(backend, admin, Role.USER, "Stranger", "Sibanda");
        connect(owner.member().id(), friend.member().id());
        assertThat(friend.profiles().get(owner.member().id()).firstName()).isEqualTo("Conny");
        assertThat(friend.profiles().get(owner.member().id()).email()).as("contact details stay private").isNull();
        assertThatThrownBy(() -> stranger.profiles().get(owner.member().id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void draftsAreOnlyListedOnceTheyArePublished() {
        Session owner = memberWithProfile("Draftina", "Zulu", filledDetails().findFirst().orElseThrow(),
                ProfileVisibility.PUBLIC, false);
        Session other = Hubs.member(backend, admin, Role.USER, "Looker", "Banda");
        UUID id = owner.member().id();
        assertThat(other.profiles().directory(query("Draftina")).entries()).extracting(DirectoryEntry::memberId).doesNotContain(id);
        assertThatThrownBy(() -> other.profiles().get(id)).isInstanceOf(NotFoundException.class);
        ProfileView mine = owner.profiles().mine();
        owner.profiles().publish(id, mine.version());
        assertThat(other.profiles().directory(query("Draftina")).entries()).extracting(DirectoryEntry::memberId).contains(id);
    }

    @Test
    void publishingNeedsAProfileType() {
        Session s = Hubs.member(backend, admin, Role.USER, "No", "Type");
        ProfileView mine = s.profiles().mine();
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> s.profiles().publish(mine.memberId(), mine.version()));
        assertThat(e.violationOf("profileType")).isPresent();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Session s = Hubs.member(backend, admin, Role.USER, "Stale", "Editor");
        ProfileView opened = s.profiles().mine();
        ProfileView first = s.profiles().save(fullProfile(opened, filledDetails().findFirst().orElseThrow(), ProfileVisibility.PUBLIC));
        SaveProfile late = new SaveProfile(opened.memberId(), opened.version(), "Late", "Writer", null, null, null, null,
                null, null, null, ProfileVisibility.PRIVATE, null);
        assertThatThrownBy(() -> s.profiles().save(late)).isInstanceOf(ConflictException.class);
        ProfileView now = s.profiles().mine();
        assertThat(now.version()).isEqualTo(first.version());
        assertThat(now.firstName()).isEqualTo("Stale");
        assertThat(now.details()).isEqualTo(first.details());
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        Session s = Hubs.member(backend, admin, Role.USER, "Bad", "Input");
        ProfileView mine = s.profiles().mine();
        SaveProfile bad = new SaveProfile(mine.memberId(), mine.version(), "x".repeat(101), "", null, null, "263x",
                "call me", "b".repeat(5001), null, ProfileType.BUSINESS_INVESTOR, ProfileVisibility.PUBLIC,
                new InvestorDetails(List.of("y".repeat(101)), List.of(), new BigDecimal("500"), new BigDecimal("100"),
                        null, null, null, null));
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> s.profiles().save(bad));
        assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "firstName", "lastName", "phoneCountryCode", "phoneNumber", "bio",
                "details.investmentFocus", "details.ticketSizeMax");
        ProfileView after = s.profiles().mine();
        assertThat(after.version()).isEqualTo(mine.version());
        assertThat(after.profileType()).isNull();
    }

    @Test
    void detailsMustMatchTheChosenType() {
        Session s = Hubs.member(backend, admin, Role.USER, "Mis", "Match");
        ProfileView mine = s.profiles().mine();
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> s.profiles().save(new SaveProfile(
                mine.memberId(), mine.version(), "Mis", "Match", null, null, null, null, null, null,
                ProfileType.MENTOR, ProfileVisibility.PUBLIC, ProfileDetails.empty(ProfileType.INNOVATOR))));
        assertThat(e.violationOf("details")).isPresent();
    }

    @Test
    void directoryFiltersByTypeLocationAndFocus() {
        String tag = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        Session innovator = memberWithProfile("Filter", "Innovator",
                new InnovatorDetails(tag + " robotics", InnovationStage.IDEA, "Robo", null, null, null, null, null, null),
                ProfileVisibility.PUBLIC, true);
        Session mentor = memberWithProfile("Filter", "Mentor",
                new MentorDetails(List.of(tag + " robotics"), 5, null, null, List.of(), null, null), ProfileVisibility.PUBLIC, true);
        Session viewer = Hubs.member(backend, admin, Role.USER, "Dir", "Viewer");
        DirectoryPage byFocus = viewer.profiles().directory(new DirectoryQuery(null, Set.of(), null, tag.toLowerCase(), null, 50));
        assertThat(byFocus.entries()).extracting(DirectoryEntry::memberId)
                .containsExactlyInAnyOrder(innovator.member().id(), mentor.member().id());
        DirectoryPage byType = viewer.profiles().directory(new DirectoryQuery(null, Set.of(ProfileType.MENTOR), "harare", tag, null, 50));
        assertThat(byType.entries()).extracting(DirectoryEntry::memberId).containsExactly(mentor.member().id());
        assertThat(byType.entries().get(0).headline()).contains("robotics");
        DirectoryPage elsewhere = viewer.profiles().directory(new DirectoryQuery(null, Set.of(), "Bulawayo", tag, null, 50));
        assertThat(elsewhere.entries()).isEmpty();
    }

    @Test
    void textSearchToleratesTyposInNamesAndFindsWordsInDetails() {
        String startup = "Kwazi" + UUID.randomUUID().toString().substring(0, 5).replaceAll("[0-9]", "x");
        Session s = memberWithProfile("Tendai", "Mukanya", new InnovatorDetails("Healthtech", InnovationStage.MVP,
                startup, "Telemedicine for rural clinics", null, null, null, null, null), ProfileVisibility.PUBLIC, true);
        Session viewer = Hubs.member(backend, admin, Role.USER, "Search", "Er");
        assertThat(viewer.profiles().directory(query("Tendia Mukanya")).entries())
                .extracting(DirectoryEntry::memberId).contains(s.member().id());
        assertThat(viewer.profiles().directory(query("Tendia")).entries())
                .as("one misspelt word on its own").extracting(DirectoryEntry::memberId).contains(s.member().id());
        assertThat(viewer.profiles().directory(query(startup.toLowerCase())).entries())
                .extracting(DirectoryEntry::memberId).containsExactly(s.member().id());
        assertThat(viewer.profiles().directory(query("telemedic")).entries())
                .extracting(DirectoryEntry::memberId).contains(s.member().id());
    }

    @Test
    void keysetPagingVisitsEveryVisibleMemberExactlyOnce() {
        String tag = "Pg" + UUID.randomUUID().toString().substring(0, 6);
        Set<UUID> created = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            created.add(memberWithProfile("Page" + (char) ('A' + i), "Member",
                    new MentorDetails(List.of(tag), 1, null, null, List.of(), null, null), ProfileVisibility.PUBLIC, true)
                    .member().id());
        }
        for (String text : new String[] {null, "Member"}) {
            List<UUID> seen = new ArrayList<>();
            DirectoryQuery q = new DirectoryQuery(text, Set.of(), null, tag, null, 3);
            DirectoryPage page;
            int pages = 0;
            do {
                page = admin.profiles().directory(q);
                page.entries().forEach(e -> seen.add(e.memberId()));
                q = q.withCursor(page.nextCursor());
                pages++;
            } while (page.hasMore() && pages < 10);
            assertThat(seen).as("text=" + text).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
            assertThat(pages).isEqualTo(3);
        }
    }

    @Test
    void aForgedCursorIsAValidationError() {
        assertThatThrownBy(() -> admin.profiles().directory(DirectoryQuery.firstPage().withCursor("not-a-cursor")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void kioskAccountsCannotBrowseProfiles() {
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Door", "Kiosk");
        assertThatThrownBy(() -> kiosk.profiles().directory(DirectoryQuery.firstPage()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(admin.profiles().directory(query("Door Kiosk")).entries())
                .extracting(DirectoryEntry::memberId).doesNotContain(kiosk.member().id());
    }

    private static DirectoryQuery query(String text) {
        return new DirectoryQuery(text, Set.of(), null, null, null, 50);
    }
}
