package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.search.SearchGroup;
import org.smilefactory.core.api.search.SearchHit;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.core.api.search.SearchQuery;
import org.smilefactory.core.api.search.SearchResults;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One search across every kind, ranked and grouped, and never a hit the member may not see — on any backend. */
public abstract class SearchContract extends ContractFixture {

    /** The backend's own database, to write posts, groups, events and listings their services do not create yet. */
    protected abstract JdbcClient database();

    protected Seeds seeds;

    @BeforeAll
    void seeds() {
        seeds = new Seeds(database());
    }

    private Session member(String first, String last) {
        return Hubs.member(backend, admin, Role.USER, first, last);
    }

    private Session published(String first, String last, String visibility) {
        Session s = member(first, last);
        seeds.publishProfile(s.member().id(), visibility);
        return s;
    }

    private static List<UUID> ids(SearchResults results, SearchKind kind) {
        return results.hits(kind).stream().map(SearchHit::id).toList();
    }

    @Test
    void oneSearchFindsEveryKindGroupedByKind() {
        String w = Seeds.word();
        Session author = published("Farai", w, "public");
        UUID me = author.member().id();
        UUID post = seeds.post(me, "Solar pumps " + w, "How we water crops with the sun.", "public", null);
        UUID event = seeds.event(me, w + " meetup", "published");
        UUID group = seeds.group(me, w + " makers", "public");
        UUID listing = seeds.listing(me, "Used drill " + w, "active");

        SearchResults results = member("Seeker", "One").search().search(SearchQuery.of(w));

        assertThat(results.groups()).extracting(SearchGroup::kind)
                .containsExactlyInAnyOrder(SearchKind.MEMBER, SearchKind.POST, SearchKind.EVENT, SearchKind.GROUP, SearchKind.LISTING);
        assertThat(ids(results, SearchKind.MEMBER)).containsExactly(me);
        assertThat(ids(results, SearchKind.POST)).containsExactly(post);
        assertThat(ids(results, SearchKind.EVENT)).containsExactly(event);
        assertThat(ids(results, SearchKind.GROUP)).containsExactly(group);
        assertThat(ids(results, SearchKind.LISTING)).containsExactly(listing);
        SearchHit postHit = results.hits(SearchKind.POST).get(0);
        assertThat(postHit.title()).isEqualTo("Solar pumps " + w);
        assertThat(postHit.subtitle()).contains("sun");
        assertThat(postHit.score()).isPositive();
        assertThat(results.hits(SearchKind.EVENT).get(0).subtitle()).contains("Harare");
        // the best group first
        double best = results.groups().get(0).hits().get(0).score();
        assertThat(results.groups()).allSatisfy(g -> assertThat(g.hits().get(0).score()).isLessThanOrEqualTo(best));
    }

    @Test
    void namesAndTitlesTolerateTypos() {
        String w = Seeds.word();
        String name = "Tendai" + w.substring(3);
        Session target = published(name, "Marowa", "public");
        UUID post = seeds.post(target.member().id(), "Irrigation " + w + " handbook", "Water.", "public", null);
        // two letters swapped in the first name
        String typo = name.substring(0, 6) + name.charAt(7) + name.charAt(6) + name.substring(8);
        Session seeker = member("Seeker", "Two");

        assertThat(ids(seeker.search().search(SearchQuery.of(typo + " Marowa")), SearchKind.MEMBER)).contains(target.member().id());
        String titleTypo = w.substring(0, 4) + w.charAt(5) + w.charAt(4) + w.substring(6);
        assertThat(ids(seeker.search().search(SearchQuery.of(titleTypo)), SearchKind.POST)).contains(post);
    }

    @Test
    void wordsInBodiesAreFoundByPrefix() {
        String w = Seeds.word();
        Session author = member("Body", "Writer");
        UUID post = seeds.post(author.member().id(), null, "Notes on " + w + "ing the borehole pumps", "public", null);
        Session seeker = member("Seeker", "Three");
        assertThat(ids(seeker.search().search(SearchQuery.of(w)), SearchKind.POST)).containsExactly(post);
        assertThat(ids(seeker.search().search(SearchQuery.of(w + "ing borehole")), SearchKind.POST)).containsExactly(post);
        assertThat(ids(seeker.search().search(SearchQuery.of(w + " giraffe")), SearchKind.POST)).isEmpty();
    }

    @Test
    void theLimitIsPerKind() {
        String w = Seeds.word();
        UUID author = member("Prolific", "Poster").member().id();
        for (int i = 0; i < 4; i++) {
            seeds.post(author, w + " part " + i, "Text.", "public", null);
        }
        Session seeker = member("Seeker", "Four");
        assertThat(seeker.search().search(new SearchQuery(w, Set.of(), 2)).hits(SearchKind.POST)).hasSize(2);
        assertThat(seeker.search().search(new SearchQuery(w, Set.of(SearchKind.EVENT), 0)).groups()).isEmpty();
        assertThat(seeker.search().search(new SearchQuery(w, Set.of(SearchKind.POST), 0)).hits(SearchKind.POST)).hasSize(4);
    }

    @Test
    void privateAndUnpublishedProfilesAreNotFoundByOthers() {
        String w = Seeds.word();
        Session hidden = published("Private", w, "private");
        Session draft = member("Drafty", w);
        Session seeker = member("Seeker", "Five");
        assertThat(ids(seeker.search().search(SearchQuery.of(w)), SearchKind.MEMBER)).isEmpty();
        assertThat(ids(hidden.search().search(SearchQuery.of(w)), SearchKind.MEMBER)).contains(hidden.member().id())
                .doesNotContain(draft.member().id());
    }

    @Test
    void connectionsOnlyNeedsAConnection() {
        String w = Seeds.word();
        Session owner = published("Conny", w, "connections_only");
        UUID post = seeds.post(owner.member().id(), "Friends only " + w, "For my connections.", "connections", null);
        Session friend = member("Friend", "Six");
        Session stranger = member("Stranger", "Six");
        seeds.connect(owner.member().id(), friend.member().id());

        SearchResults asFriend = friend.search().search(SearchQuery.of(w));
        assertThat(ids(asFriend, SearchKind.MEMBER)).containsExactly(owner.member().id());
        assertThat(ids(asFriend, SearchKind.POST)).containsExactly(post);
        assertThat(stranger.search().search(SearchQuery.of(w)).isEmpty()).isTrue();
    }

    @Test
    void privatePostsAreOnlyFoundByTheirAuthor() {
        String w = Seeds.word();
        Session author = member("Diary", "Keeper");
        UUID post = seeds.post(author.member().id(), "Private " + w, "Only for me.", "private", null);
        assertThat(ids(member("Seeker", "Seven").search().search(SearchQuery.of(w)), SearchKind.POST)).isEmpty();
        assertThat(ids(author.search().search(SearchQuery.of(w)), SearchKind.POST)).containsExactly(post);
    }

    @Test
    void hiddenGroupsAreOnlyFoundByTheirMembersAndPrivateGroupPostsStayInside() {
        String w = Seeds.word();
        Session owner = member("Group", "Owner");
        UUID hidden = seeds.group(owner.member().id(), "Secret " + w, "hidden");
        UUID privateGroup = seeds.group(owner.member().id(), "Closed " + w, "private");
        UUID insidePost = seeds.post(owner.member().id(), "Inside " + w, "Members only.", "group", privateGroup);
        Session insider = member("Insider", "Eight");
        seeds.joinGroup(hidden, insider.member().id());
        seeds.joinGroup(privateGroup, insider.member().id());
        Session outsider = member("Outsider", "Eight");

        SearchResults out = outsider.search().search(SearchQuery.of(w));
        assertThat(ids(out, SearchKind.GROUP)).containsExactly(privateGroup);
        assertThat(ids(out, SearchKind.POST)).isEmpty();
        SearchResults in = insider.search().search(SearchQuery.of(w));
        assertThat(ids(in, SearchKind.GROUP)).containsExactlyInAnyOrder(hidden, privateGroup);
        assertThat(ids(in, SearchKind.POST)).containsExactly(insidePost);
    }

    @Test
    void draftEventsAreOnlyFoundByTheirOrganiser() {
        String w = Seeds.word();
        Session organiser = member("Event", "Organiser");
        UUID draft = seeds.event(organiser.member().id(), "Draft " + w, "draft");
        UUID published = seeds.event(organiser.member().id(), "Launch " + w, "published");
        assertThat(ids(member("Seeker", "Nine").search().search(SearchQuery.of(w)), SearchKind.EVENT)).containsExactly(published);
        assertThat(ids(organiser.search().search(SearchQuery.of(w)), SearchKind.EVENT)).containsExactlyInAnyOrder(draft, published);
    }

    @Test
    void onlyActiveListingsAreFoundExceptBySeller() {
        String w = Seeds.word();
        Session seller = member("Listing", "Seller");
        UUID active = seeds.listing(seller.member().id(), "Tractor " + w, "active");
        UUID sold = seeds.listing(seller.member().id(), "Plough " + w, "sold");
        assertThat(ids(member("Seeker", "Ten").search().search(SearchQuery.of(w)), SearchKind.LISTING)).containsExactly(active);
        assertThat(ids(seller.search().search(SearchQuery.of(w)), SearchKind.LISTING)).containsExactlyInAnyOrder(active, sold);
    }

    @Test
    void blockedMembersAndTheirContentAreNotFound() {
        String w = Seeds.word();
        Session blocker = published("Blocker", w, "public");
        UUID blockerPost = seeds.post(blocker.member().id(), "Blocker's post " + w, "Text.", "public", null);
        Session blocked = member("Blocked", "Eleven");
        seeds.block(blocker.member().id(), blocked.member().id());
        SearchResults results = blocked.search().search(SearchQuery.of(w));
        assertThat(ids(results, SearchKind.MEMBER)).doesNotContain(blocker.member().id());
        assertThat(ids(results, SearchKind.POST)).doesNotContain(blockerPost);
        // someone else still finds both
        SearchResults other = member("Seeker", "Eleven").search().search(SearchQuery.of(w));
        assertThat(ids(other, SearchKind.POST)).contains(blockerPost);
    }

    @Test
    void moderatedPostsAreNotFound() {
        String w = Seeds.word();
        Session author = member("Hidden", "Poster");
        UUID post = seeds.post(author.member().id(), "Moderated " + w, "Text.", "public", null);
        database().sql("UPDATE posts SET moderation_state = 'hidden' WHERE post_id = ?").param(post).update();
        assertThat(ids(member("Seeker", "Twelve").search().search(SearchQuery.of(w)), SearchKind.POST)).isEmpty();
    }

    @Test
    void tooShortTooLongAndBadLimitsAreRefused() {
        Session seeker = member("Seeker", "Thirteen");
        for (String bad : new String[] {null, "", "   ", "a"}) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> seeker.search().search(SearchQuery.of(bad)));
            assertThat(e.violationOf("text")).as("text %s", bad).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("too-short"));
        }
        ValidationException tooLong = catchThrowableOfType(ValidationException.class,
                () -> seeker.search().search(SearchQuery.of("x".repeat(SearchQuery.MAX_LENGTH + 1))));
        assertThat(tooLong.violationOf("text")).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("too-long"));
        assertThat(seeker.search().search(SearchQuery.of("x".repeat(SearchQuery.MAX_LENGTH))).text()).hasSize(SearchQuery.MAX_LENGTH);
        ValidationException limit = catchThrowableOfType(ValidationException.class,
                () -> seeker.search().search(new SearchQuery("harare", Set.of(), SearchQuery.MAX_LIMIT + 1)));
        assertThat(limit.violationOf("limitPerKind")).isPresent();
    }

    @Test
    void kioskAccountsCannotSearch() {
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Door", "Kiosk");
        assertThatThrownBy(() -> kiosk.search().search(SearchQuery.of("harare"))).isInstanceOf(PermissionDeniedException.class);
    }
}
