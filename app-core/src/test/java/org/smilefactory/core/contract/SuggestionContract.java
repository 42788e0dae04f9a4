package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.ai.ItemKind;
import org.smilefactory.core.api.ai.SaveAiSettings;
import org.smilefactory.core.api.ai.Suggestion;
import org.smilefactory.core.api.ai.SuggestionKind;
import org.smilefactory.core.api.ai.SuggestionQuery;
import org.smilefactory.core.api.ai.SuggestionSection;
import org.smilefactory.core.api.ai.Suggestions;
import org.smilefactory.core.api.ai.ResponseStyle;
import org.smilefactory.core.api.profiles.*;
import org.smilefactory.core.testsupport.Hubs;

/** AI suggestions: hybrid scores with reasons, exclusions, visibility, staff matching — on any backend. */
public abstract class SuggestionContract extends AiFixture {

    private Session founder;
    private UUID goodInvestor;
    private UUID poorInvestor;
    private UUID privateInvestor;
    private UUID blockedInvestor;
    private UUID connectedInvestor;
    private UUID agriMentor;
    private UUID publicGroup;
    private UUID hiddenGroup;
    private UUID publishedEvent;
    private UUID draftEvent;
    private UUID job;
    private Session student;

    @BeforeAll
    void community() {
        founder = member("Tariro", "Founder", agritechStartup(), ProfileVisibility.PUBLIC, "Harare, Zimbabwe",
                "I build soil sensors so smallholder farmers irrigate less and harvest more.");
        goodInvestor = member("Grace", "Seed", investor(List.of("Agritech", "Climate"), List.of(InnovationStage.IDEA, InnovationStage.MVP),
                "20000", "100000", List.of("Zimbabwe", "Zambia")), ProfileVisibility.PUBLIC, "Lusaka",
                "Seed investor backing agritech and climate startups in Southern Africa.").member().id();
        poorInvestor = member("Peter", "Growth", investor(List.of("Fintech"), List.of(InnovationStage.GROWTH, InnovationStage.SCALE),
                "500000", "2000000", List.of("Kenya")), ProfileVisibility.PUBLIC, "Nairobi",
                "Growth-stage fintech investor.").member().id();
        privateInvestor = member("Priya", "Private", investor(List.of("Agritech"), List.of(InnovationStage.MVP), "20000", "100000",
                List.of("Zimbabwe")), ProfileVisibility.PRIVATE, "Harare", "Agritech seed investor.").member().id();
        blockedInvestor = member("Boris", "Blocked", investor(List.of("Agritech"), List.of(InnovationStage.MVP), "20000", "100000",
                List.of("Zimbabwe")), ProfileVisibility.PUBLIC, "Harare", "Agritech seed investor.").member().id();
        connectedInvestor = member("Connie", "Connected", investor(List.of("Agritech"), List.of(InnovationStage.MVP), "20000", "100000",
                List.of("Zimbabwe")), ProfileVisibility.PUBLIC, "Harare", "Agritech seed investor.").member().id();
        agriMentor = member("Moyo", "Mentor", mentor(List.of("Agritech", "Irrigation")), ProfileVisibility.PUBLIC, "Harare",
                "I mentor agritech founders on irrigation and farmer sales.").member().id();
        student = member("Sipho", "Student", new StudentDetails("University of Zimbabwe", "Agricultural engineering", DegreeLevel.BACHELOR,
                2027, List.of(Seeking.INTERNSHIP, Seeking.MENTORSHIP)), ProfileVisibility.PUBLIC, "Harare",
                "Student of agricultural engineering interested in sensors.");
        UUID me = founder.member().id();
        block(blockedInvestor, me);
        connect(me, connectedInvestor);
        publicGroup = group(agriMentor, "Harare Agritech Circle", "Founders and farmers talking soil sensors and irrigation", "public");
        hiddenGroup = group(agriMentor, "Secret Agritech Investors", "Founders and farmers talking soil sensors and irrigation", "hidden");
        publishedEvent = event(agriMentor, "Soil sensor workshop", "published");
        draftEvent = event(agriMentor, "Soil sensor workshop (draft)", "draft");
        job = listing(goodInvestor, "Agritech sensor internship", "job", "active");
        listing(goodInvestor, "Sold sensor internship", "job", "sold");
        awaitIndexed(founder);
    }

    private static List<UUID> ids(Suggestions s) {
        return s.sections().stream().flatMap(x -> x.items().stream()).map(Suggestion::itemId).toList();
    }

    private static SuggestionSection section(Suggestions s, SuggestionKind kind) {
        return s.sections().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void anInnovatorGetsMatchingInvestorsFirstWithScoresAndReasons() {
        Suggestions s = founder.suggestions().suggest(new SuggestionQuery(null, Set.of(SuggestionKind.INVESTORS), 10));
        assertThat(s.aiEnabled()).isTrue();
        List<Suggestion> investors = section(s, SuggestionKind.INVESTORS).items();
        assertThat(investors).extracting(Suggestion::itemId).containsExactly(goodInvestor, poorInvestor);
        Suggestion best = investors.get(0);
        assertThat(best.itemKind()).isEqualTo(ItemKind.PROFILE);
        assertThat(best.title()).isEqualTo("Grace Seed");
        assertThat(best.score()).isGreaterThan(investors.get(1).score()).isBetween(1, 100);
        assertThat(best.reasons()).contains("invests at mvp stage, which matches yours",
                "ticket size $20k–$100k covers the $50k you need", "invests in Agritech, your industry",
                "invests in Zimbabwe, where you are based");
        assertThat(investors.get(1).reasons()).noneMatch(r -> r.startsWith("invests at"));
    }

    @Test
    void anInnovatorGetsMentorsByExpertiseAndTheSectionsOfTheirType() {
        Suggestions s = founder.suggestions().suggest(SuggestionQuery.forMe());
        assertThat(s.sections()).extracting(SuggestionSection::kind).containsExactly(SuggestionKind.INVESTORS,
                SuggestionKind.MENTORS, SuggestionKind.PEOPLE, SuggestionKind.EVENTS, SuggestionKind.GROUPS,
                SuggestionKind.POSTS, SuggestionKind.LISTINGS);
        Suggestion mentor = section(s, SuggestionKind.MENTORS).items().get(0);
        assertThat(mentor.itemId()).isEqualTo(agriMentor);
        assertThat(mentor.reasons()).contains("mentors in Agritech, which fits your field");
    }

    @Test
    void neverYourselfConnectionsBlockedOrPrivateMembers() {
        Suggestions s = founder.suggestions().suggest(new SuggestionQuery(null, Set.of(), SuggestionQuery.MAX_LIMIT));
        assertThat(ids(s)).doesNotContain(founder.member().id(), privateInvestor, blockedInvestor, connectedInvestor)
                .contains(goodInvestor);
        // the blocked member does not get the blocker either
        Session blocked = backend.signIn(emailOf(blockedInvestor), Hubs.MEMBER_PASSWORD);
        assertThat(ids(blocked.suggestions().suggest(new SuggestionQuery(null, Set.of(), SuggestionQuery.MAX_LIMIT))))
                .doesNotContain(founder.member().id());
    }

    private String emailOf(UUID member) {
        return jdbc().sql("SELECT email FROM personal_details WHERE user_id = ?").params(member).query(String.class).single();
    }

    @Test
    void hiddenGroupsDraftEventsAndInactiveListingsNeverAppear() {
        Suggestions s = founder.suggestions().suggest(new SuggestionQuery(null, Set.of(), SuggestionQuery.MAX_LIMIT));
        assertThat(section(s, SuggestionKind.GROUPS).items()).extracting(Suggestion::itemId).contains(publicGroup).doesNotContain(hiddenGroup);
        assertThat(section(s, SuggestionKind.EVENTS).items()).extracting(Suggestion::itemId).contains(publishedEvent).doesNotContain(draftEvent);
        assertThat(section(s, SuggestionKind.LISTINGS).items()).extracting(Suggestion::itemId).containsExactly(job);
        assertThat(section(s, SuggestionKind.GROUPS).items().get(0).reasons()).anyMatch(r -> r.contains("Agritech") || r.contains("Harare"));
    }

    @Test
    void aStudentGetsMentorsAndInternships() {
        Suggestions s = student.suggestions().suggest(SuggestionQuery.forMe());
        assertThat(section(s, SuggestionKind.INTERNSHIPS).items()).extracting(Suggestion::itemId).containsExactly(job);
        assertThat(section(s, SuggestionKind.MENTORS).items()).extracting(Suggestion::itemId).containsExactly(agriMentor);
    }

    @Test
    void anInvestorGetsStartups() {
        Session investor = backend.signIn(emailOf(goodInvestor), Hubs.MEMBER_PASSWORD);
        Suggestion startup = section(investor.suggestions().suggest(SuggestionQuery.forMe()), SuggestionKind.STARTUPS).items().get(0);
        assertThat(startup.itemId()).isEqualTo(founder.member().id());
        assertThat(startup.reasons()).contains("is at mvp stage, which you invest in", "needs $50k, within your ticket size of $20k–$100k");
    }

    @Test
    void staffRunMatchingForAnyMemberMembersOnlyForThemselves() {
        UUID me = founder.member().id();
        Suggestions forFounder = admin.suggestions().suggest(new SuggestionQuery(me, Set.of(SuggestionKind.INVESTORS), 5));
        assertThat(forFounder.memberId()).isEqualTo(me);
        assertThat(forFounder.memberName()).isEqualTo("Tariro Founder");
        assertThat(ids(forFounder)).contains(goodInvestor).doesNotContain(privateInvestor, blockedInvestor);
        assertThatThrownBy(() -> student.suggestions().suggest(SuggestionQuery.forMember(me)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> admin.suggestions().suggest(SuggestionQuery.forMember(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLimitOutOfRangeIsRefusedByField() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> founder.suggestions().suggest(new SuggestionQuery(null, Set.of(), 0)));
        assertThat(e.violationOf("limit")).isPresent();
    }

    @Test
    void aMemberWithoutAProfileIsToldWhatToDo() {
        Session fresh = Hubs.member(backend, admin, Role.USER, "Nobody", "Yet");
        Suggestions s = fresh.suggestions().suggest(SuggestionQuery.forMe());
        assertThat(s.sections()).isEmpty();
        assertThat(s.notice()).contains("fill in your profile");
    }

    @Test
    void aiOffMeansNoSuggestionsAtAll() {
        Session off = member("Olga", "Off", agritechStartup(), ProfileVisibility.PUBLIC, "Harare", "Sensors for farms.");
        off.assistant().savePreferences(false, ResponseStyle.BALANCED, off.assistant().preferences().version());
        Suggestions s = off.suggestions().suggest(SuggestionQuery.forMe());
        assertThat(s.aiEnabled()).isFalse();
        assertThat(s.sections()).isEmpty();
        assertThat(s.notice()).contains("AI is off");
        // staff cannot run AI on behalf of a member who turned it off either
        assertThat(admin.suggestions().suggest(SuggestionQuery.forMember(off.member().id())).aiEnabled()).isFalse();
    }

    @Test
    void onlyStaffSeeAndChangeTheAiEndpoints() {
        assertThatThrownBy(() -> founder.suggestions().settings()).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> founder.suggestions().saveSettings(new SaveAiSettings(null, null, null, null, null, null)))
                .isInstanceOf(PermissionDeniedException.class);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> admin.suggestions().saveSettings(
                new SaveAiSettings("not a url", null, null, "ftp://x", null, null)));
        assertThat(e.violationOf("embeddingUrl")).isPresent();
        assertThat(e.violationOf("chatUrl")).isPresent();
        var saved = admin.suggestions().saveSettings(new SaveAiSettings(null, null, null, null, "my-model", "secret"));
        assertThat(saved.chatUrl()).isNull();
        assertThat(saved.chatModel()).isEqualTo("my-model");
        assertThat(saved.chatKeySet()).isTrue();
        assertThat(admin.suggestions().indexStatus().model()).isEqualTo("all-minilm-l6-v2-q");
        admin.suggestions().saveSettings(new SaveAiSettings(null, null, null, null, null, ""));
        assertThat(admin.suggestions().settings().chatKeySet()).isFalse();
    }
}
