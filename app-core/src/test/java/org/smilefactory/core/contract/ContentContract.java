package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.content.Comment;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.content.MediaRef;
import org.smilefactory.core.api.content.Post;
import org.smilefactory.core.api.content.PostAudience;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostPage;
import org.smilefactory.core.api.content.PostStatus;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.api.profiles.MentorDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.testsupport.Hubs;

/** Posts, comments, likes, shares, views, bookmarks, the feed and media — on any backend. */
public abstract class ContentContract extends ContractFixture {

    /** Makes an accepted connection between two members (written into the backend's database). */
    protected abstract void connect(UUID a, UUID b);

    /** The notification types the member has received, oldest first (read from the backend's database). */
    protected abstract List<String> notificationTypes(UUID member);

    private Session member(String first) {
        return Hubs.member(backend, admin, Role.USER, first, "Tester");
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static PostInput general(String body) {
        return PostInput.of(PostType.GENERAL, null, body);
    }

    private static List<UUID> ids(PostPage page) {
        return page.posts().stream().map(Post::id).toList();
    }

    private static List<String> fields(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // posts and the feed
    // ---------------------------------------------------------------------------------------------

    @Test
    void aPublishedPostIsInTheFeedNewestFirstWithKeysetPages() {
        Session author = member("Farai");
        Session reader = member("Rudo");
        String tag = unique("page");
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(author.content().createPost(general("Post " + i).withTags(List.of(tag)), true).id());
        }
        FeedQuery query = FeedQuery.latest().withTag(tag).withLimit(2);
        List<UUID> seen = new ArrayList<>();
        PostPage page = reader.content().feed(query);
        int pages = 1;
        seen.addAll(ids(page));
        while (page.nextCursor() != null) {
            page = reader.content().feed(query.withCursor(page.nextCursor()));
            seen.addAll(ids(page));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        List<UUID> newestFirst = new ArrayList<>(made);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);

        Post first = reader.content().feed(FeedQuery.latest().withTag(tag)).posts().get(0);
        assertThat(first.authorId()).isEqualTo(author.member().id());
        assertThat(first.authorName()).isEqualTo("Farai Tester");
        assertThat(first.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(first.publishedAt()).isNotNull();
        assertThat(first.tags()).containsExactly(tag.toLowerCase());
    }

    @Test
    void aBadCursorIsAFieldError() {
        Session reader = member("Cursor");
        assertThatThrownBy(() -> reader.content().feed(FeedQuery.latest().withCursor("not-a-cursor")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("cursor"));
    }

    @Test
    void draftsArePrivateUntilPublishedAndPublishedAtIsSetOnce() {
        Session author = member("Tendai");
        Session reader = member("Nyasha");
        String tag = unique("draft");
        Post draft = author.content().createPost(PostInput.of(PostType.BLOG, "My article", "").withTags(List.of(tag)), false);
        assertThat(draft.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(draft.publishedAt()).isNull();
        assertThat(ids(author.content().myPosts(PostStatus.DRAFT, null, 50))).containsExactly(draft.id());
        assertThatThrownBy(() -> reader.content().post(draft.id())).isInstanceOf(NotFoundException.class);
        assertThat(reader.content().feed(FeedQuery.latest().withTag(tag)).posts()).isEmpty();

        // an empty body cannot be published
        assertThatThrownBy(() -> author.content().publishPost(draft.id(), draft.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("body"));

        Post written = author.content().editPost(draft.id(), draft.version(),
                PostInput.of(PostType.BLOG, "My article", "# Hello\n\nSome **bold** text.").withTags(List.of(tag)));
        Post published = author.content().publishPost(written.id(), written.version());
        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(ids(reader.content().feed(FeedQuery.blog().withTag(tag)))).containsExactly(draft.id());
        assertThat(reader.content().post(draft.id()).body()).contains("**bold**");

        Post archived = author.content().archivePost(published.id(), published.version());
        assertThat(archived.status()).isEqualTo(PostStatus.ARCHIVED);
        assertThat(reader.content().feed(FeedQuery.latest().withTag(tag)).posts()).isEmpty();
        assertThatThrownBy(() -> reader.content().post(draft.id())).isInstanceOf(NotFoundException.class);
        Post again = author.content().publishPost(archived.id(), archived.version());
        assertThat(again.publishedAt()).isEqualTo(published.publishedAt());
    }

    @Test
    void onlyTheAuthorEditsAndAStaleVersionIsAConflict() {
        Session author = member("Chipo");
        Session other = member("Kuda");
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Sam", "Staff");
        Post post = author.content().createPost(general("First words"), true);
        Post edited = author.content().editPost(post.id(), post.version(), general("Second words"));
        assertThat(edited.version()).isGreaterThan(post.version());
        assertThat(edited.body()).isEqualTo("Second words");

        assertThatThrownBy(() -> author.content().editPost(post.id(), post.version(), general("Lost update")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> other.content().editPost(post.id(), edited.version(), general("Not mine")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> other.content().archivePost(post.id(), edited.version()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> staff.content().editPost(post.id(), edited.version(), general("Staff edit")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(author.content().post(post.id()).body()).isEqualTo("Second words");

        Post archived = staff.content().archivePost(post.id(), edited.version());
        assertThat(archived.status()).isEqualTo(PostStatus.ARCHIVED);
    }

    @Test
    void badInputGetsFieldErrorsAndWritesNothing() throws Exception {
        Session author = member("Bad");
        String megabyte = "x".repeat(1024 * 1024);
        assertThatThrownBy(() -> author.content().createPost(PostInput.of(PostType.GENERAL, megabyte, "body"), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("title"));
        assertThatThrownBy(() -> author.content().createPost(general("  "), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("body"));
        assertThatThrownBy(() -> author.content().createPost(general("ok").withTags(List.of("fine", "c#sharp")), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(fields(e)).containsExactly("tags");
                    assertThat(e.violations().get(0).message()).contains("c#sharp");
                });
        assertThatThrownBy(() -> author.content().createPost(general("ok").withTags(List.of("t".repeat(51))), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("tags"));
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("tag " + i);
        }
        assertThatThrownBy(() -> author.content().createPost(general("ok").withTags(eleven), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("tags"));
        assertThatThrownBy(() -> author.content().createPost(PostInput.of(null, null, "ok"), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("type"));

        Path real = Files.createTempFile("attachment", ".txt");
        Files.writeString(real, "real bytes");
        String missing = real.resolveSibling("no-such-file-" + UUID.randomUUID() + ".png").toString();
        assertThatThrownBy(() -> author.content().createPost(
                general("with files").withMedia(null, List.of(real.toString(), missing)), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(fields(e)).containsExactly("attachments");
                    assertThat(e.violations().get(0).message()).contains("no-such-file-");
                });
        assertThatThrownBy(() -> author.content().createPost(general("with image").withMedia(missing, List.of()), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("featuredImage"));
        assertThatThrownBy(() -> author.content().createPost(
                general("foreign media").withMedia("media:" + UUID.randomUUID(), List.of()), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("featuredImage"));

        assertThat(author.content().myPosts(null, null, 50).posts()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // visibility
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyReadAndActionFollowsPostVisibility() {
        Session author = member("Vimbai");
        Session friend = member("Friend");
        Session stranger = member("Stranger");
        connect(author.member().id(), friend.member().id());
        String tag = unique("vis");
        Post priv = author.content().createPost(general("Only me").withTags(List.of(tag)).withAudience(PostAudience.PRIVATE), true);
        Post conn = author.content().createPost(general("Friends only").withTags(List.of(tag)).withAudience(PostAudience.CONNECTIONS), true);
        Post pub = author.content().createPost(general("Everyone").withTags(List.of(tag)), true);

        assertThat(ids(author.content().feed(FeedQuery.latest().withTag(tag)))).containsExactly(pub.id(), conn.id(), priv.id());
        assertThat(ids(friend.content().feed(FeedQuery.latest().withTag(tag)))).containsExactly(pub.id(), conn.id());
        assertThat(ids(stranger.content().feed(FeedQuery.latest().withTag(tag)))).containsExactly(pub.id());
        assertThat(ids(stranger.content().feed(FeedQuery.forYou().withTag(tag)))).containsExactly(pub.id());

        for (Post hidden : List.of(priv, conn)) {
            UUID id = hidden.id();
            assertThatThrownBy(() -> stranger.content().post(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> stranger.content().comment(id, null, "hi")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> stranger.content().likePost(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> stranger.content().comments(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> stranger.content().bookmark(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> stranger.content().sharePost(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> stranger.content().recordView(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> stranger.content().editPost(id, hidden.version(), general("x")))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> stranger.content().post(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(friend.content().likePost(conn.id()).likeCount()).isEqualTo(1);
        Comment onConn = friend.content().comment(conn.id(), null, "Nice");
        assertThatThrownBy(() -> stranger.content().likeComment(onConn.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void kioskAccountsCannotUseContent() {
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Door", "Kiosk");
        assertThatThrownBy(() -> kiosk.content().feed(FeedQuery.latest())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> kiosk.content().createPost(general("hi"), true)).isInstanceOf(PermissionDeniedException.class);
    }

    // ---------------------------------------------------------------------------------------------
    // comments and notifications
    // ---------------------------------------------------------------------------------------------

    @Test
    void commentsAreThreadedOldestFirstAndNotifyTheRightPeople() {
        Session author = member("Author");
        Session alice = member("Alice");
        Session bob = member("Bob");
        Post post = author.content().createPost(general("Discuss"), true);
        Post other = author.content().createPost(general("Another"), true);

        Comment top1 = alice.content().comment(post.id(), null, "First!");
        Comment reply = bob.content().comment(post.id(), top1.id(), "Reply to Alice");
        Comment deeper = alice.content().comment(post.id(), reply.id(), "Reply to Bob");
        Comment top2 = bob.content().comment(post.id(), null, "Second top-level");
        assertThat(reply.parentId()).isEqualTo(top1.id());
        assertThat(deeper.depth()).isEqualTo(2);

        List<Comment> thread = author.content().comments(post.id());
        assertThat(thread).extracting(Comment::id).containsExactly(top1.id(), reply.id(), deeper.id(), top2.id());
        assertThat(thread).extracting(Comment::depth).containsExactly(0, 1, 2, 0);
        assertThat(author.content().post(post.id()).commentCount()).isEqualTo(4);

        // a reply must answer a comment of the same post
        assertThatThrownBy(() -> bob.content().comment(other.id(), top1.id(), "Wrong post"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bob.content().comment(post.id(), null, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("body"));

        assertThat(notificationTypes(author.member().id())).containsExactly("comment", "comment", "comment", "comment");
        assertThat(notificationTypes(alice.member().id())).containsExactly("reply");
        assertThat(notificationTypes(bob.member().id())).containsExactly("reply");
    }

    @Test
    void mentionsNotifyMembersWhoMayReadThePost() {
        Session author = member("Mentioner");
        Session named = member("Named");
        Session outsider = member("Outsider");
        String handle = unique("tari");
        String hidden = unique("rufa");
        setProfileName(named, "  " + handle + " ");
        setProfileName(outsider, hidden);
        Post post = author.content().createPost(general("Thanks @" + handle + " and @" + hidden + "!"), true);
        assertThat(notificationTypes(named.member().id())).containsExactly("mention");
        assertThat(notificationTypes(outsider.member().id())).containsExactly("mention");

        Post priv = author.content().createPost(general("Secret for @" + hidden).withAudience(PostAudience.PRIVATE), true);
        assertThat(notificationTypes(outsider.member().id())).containsExactly("mention");
        author.content().comment(post.id(), null, "cc @" + handle.toUpperCase());
        assertThat(notificationTypes(named.member().id())).containsExactly("mention", "mention");
        assertThat(priv.id()).isNotNull();
    }

    private void setProfileName(Session s, String profileName) {
        ProfileView mine = s.profiles().mine();
        s.profiles().save(new SaveProfile(mine.memberId(), mine.version(), mine.firstName(), mine.lastName(), profileName,
                null, null, null, null, null, null, ProfileVisibility.PUBLIC, null));
    }

    // ---------------------------------------------------------------------------------------------
    // likes, shares, views, bookmarks
    // ---------------------------------------------------------------------------------------------

    @Test
    void likingTwiceIsAConflictAndUnlikeUndoesIt() {
        Session author = member("Liked");
        Session fan = member("Fan");
        Post post = author.content().createPost(general("Like me"), true);
        Post liked = fan.content().likePost(post.id());
        assertThat(liked.likeCount()).isEqualTo(1);
        assertThat(liked.likedByMe()).isTrue();
        assertThat(liked.version()).isEqualTo(post.version());
        assertThatThrownBy(() -> fan.content().likePost(post.id())).isInstanceOf(ConflictException.class);
        assertThat(author.content().post(post.id()).likeCount()).isEqualTo(1);
        assertThat(author.content().post(post.id()).likedByMe()).isFalse();
        Post unliked = fan.content().unlikePost(post.id());
        assertThat(unliked.likeCount()).isZero();
        assertThatThrownBy(() -> fan.content().unlikePost(post.id())).isInstanceOf(ConflictException.class);

        Comment c = author.content().comment(post.id(), null, "Like my comment");
        fan.content().likeComment(c.id());
        assertThatThrownBy(() -> fan.content().likeComment(c.id())).isInstanceOf(ConflictException.class);
        Comment seen = fan.content().comments(post.id()).get(0);
        assertThat(seen.likeCount()).isEqualTo(1);
        assertThat(seen.likedByMe()).isTrue();
        fan.content().unlikeComment(c.id());
        assertThat(fan.content().comments(post.id()).get(0).likeCount()).isZero();
        assertThatThrownBy(() -> fan.content().unlikeComment(c.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void likeCountEqualsTheLikesUnderConcurrentLikingAndUnliking() throws Exception {
        Session author = member("Popular");
        Post post = author.content().createPost(general("Race me"), true);
        List<Session> fans = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fans.add(member("Racer" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < fans.size(); i++) {
                Session fan = fans.get(i);
                int seed = i;
                done.add(pool.submit(() -> {
                    for (int round = 0; round < 15 + seed; round++) {
                        try {
                            if ((round + seed) % 2 == 0) {
                                fan.content().likePost(post.id());
                            } else {
                                fan.content().unlikePost(post.id());
                            }
                        } catch (ConflictException expected) {
                            // liking twice / unliking what is not liked: the state stays exact
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int liking = 0;
        for (Session fan : fans) {
            if (fan.content().post(post.id()).likedByMe()) {
                liking++;
            }
        }
        Post after = author.content().post(post.id());
        assertThat(after.likeCount()).isEqualTo(liking);
        assertThat(after.version()).isEqualTo(post.version());
    }

    @Test
    void viewsSharesAndBookmarksCountWithoutTouchingTheVersion() {
        Session author = member("Counted");
        Session reader = member("Reader");
        Post post = author.content().createPost(general("Count me"), true);
        reader.content().recordView(post.id());
        reader.content().recordView(post.id());
        Post viewed = author.content().post(post.id());
        assertThat(viewed.viewCount()).isEqualTo(2);
        assertThat(viewed.version()).isEqualTo(post.version());
        // an edit at the version seen before the views still succeeds
        author.content().editPost(post.id(), post.version(), general("Count me, edited"));

        assertThat(reader.content().sharePost(post.id()).shareCount()).isEqualTo(1);
        assertThat(reader.content().sharePost(post.id()).shareCount()).isEqualTo(2);

        Post marked = reader.content().bookmark(post.id());
        assertThat(marked.bookmarkedByMe()).isTrue();
        assertThat(marked.bookmarkCount()).isEqualTo(1);
        assertThatThrownBy(() -> reader.content().bookmark(post.id())).isInstanceOf(ConflictException.class);
        Post second = author.content().createPost(general("Also bookmarked"), true);
        reader.content().bookmark(second.id());
        assertThat(ids(reader.content().bookmarks(null, 10))).containsExactly(second.id(), post.id());
        PostPage firstPage = reader.content().bookmarks(null, 1);
        assertThat(ids(reader.content().bookmarks(firstPage.nextCursor(), 1))).containsExactly(post.id());
        reader.content().unbookmark(post.id());
        assertThat(ids(reader.content().bookmarks(null, 10))).containsExactly(second.id());
        assertThatThrownBy(() -> reader.content().unbookmark(post.id())).isInstanceOf(ConflictException.class);

        Post draft = author.content().createPost(general("draft"), false);
        assertThatThrownBy(() -> author.content().comment(draft.id(), null, "too early")).isInstanceOf(ConflictException.class);
    }

    // ---------------------------------------------------------------------------------------------
    // filters and "for you"
    // ---------------------------------------------------------------------------------------------

    @Test
    void theFeedFiltersByTypeTimeAuthorTypeAndTag() {
        Session mentor = member("Mentor");
        ProfileView mine = mentor.profiles().mine();
        mentor.profiles().save(new SaveProfile(mine.memberId(), mine.version(), mine.firstName(), mine.lastName(), null,
                null, null, null, null, null, ProfileType.MENTOR, ProfileVisibility.PUBLIC, null));
        Session plain = member("Plain");
        Session reader = member("Filter");
        String tag = unique("filter");
        Instant before = Instant.now().minusSeconds(1);
        Post blog = mentor.content().createPost(PostInput.of(PostType.BLOG, "Article", "text").withTags(List.of(tag)), true);
        Post job = plain.content().createPost(PostInput.of(PostType.OPPORTUNITY, "Job", "apply").withTags(List.of(tag)), true);
        Post story = plain.content().createPost(PostInput.of(PostType.SUCCESS_STORY, "Win", "we did it").withTags(List.of(tag, "extra")), true);

        FeedQuery base = FeedQuery.latest().withTag(tag);
        assertThat(ids(reader.content().feed(base))).containsExactly(story.id(), job.id(), blog.id());
        assertThat(ids(reader.content().feed(base.withTypes(Set.of(PostType.OPPORTUNITY, PostType.BLOG)))))
                .containsExactly(job.id(), blog.id());
        assertThat(ids(reader.content().feed(base.withAuthorTypes(Set.of(ProfileType.MENTOR))))).containsExactly(blog.id());
        assertThat(ids(reader.content().feed(base.withRange(before, Instant.now().plusSeconds(60))))).hasSize(3);
        assertThat(ids(reader.content().feed(base.withRange(before.minusSeconds(3600), before)))).isEmpty();
        assertThat(ids(reader.content().feed(FeedQuery.latest().withTag("EXTRA").withTypes(Set.of(PostType.SUCCESS_STORY)))))
                .contains(story.id());
    }

    @Test
    void forYouRanksConnectionsAndSharedInterestsAboveFresherPosts() {
        Session viewer = member("Viewer");
        ProfileView mine = viewer.profiles().mine();
        String interest = unique("agri");
        viewer.profiles().save(new SaveProfile(mine.memberId(), mine.version(), mine.firstName(), mine.lastName(), null,
                null, null, null, null, null, ProfileType.MENTOR, ProfileVisibility.PUBLIC,
                new MentorDetails(List.of(interest), null, null, null, List.of(), null, null)));
        Session friend = member("Connected");
        Session stranger = member("Unknown");
        connect(viewer.member().id(), friend.member().id());
        String tag = unique("fy");
        Post byFriend = friend.content().createPost(general("From a friend").withTags(List.of(tag)), true);
        Post matching = stranger.content().createPost(general("On your topic").withTags(List.of(tag, interest)), true);
        Post fresh = stranger.content().createPost(general("Newest").withTags(List.of(tag)), true);

        assertThat(ids(viewer.content().feed(FeedQuery.latest().withTag(tag)))).containsExactly(fresh.id(), matching.id(), byFriend.id());
        assertThat(ids(viewer.content().feed(FeedQuery.forYou().withTag(tag)))).containsExactly(byFriend.id(), matching.id(), fresh.id());
        PostPage one = viewer.content().feed(FeedQuery.forYou().withTag(tag).withLimit(1));
        PostPage two = viewer.content().feed(FeedQuery.forYou().withTag(tag).withLimit(1).withCursor(one.nextCursor()));
        assertThat(ids(two)).containsExactly(matching.id());
        assertThatThrownBy(() -> viewer.content().feed(FeedQuery.latest().withTag(tag).withCursor(one.nextCursor())))
                .isInstanceOf(ValidationException.class);
    }

    // ---------------------------------------------------------------------------------------------
    // media
    // ---------------------------------------------------------------------------------------------

    @Test
    void mediaIsStoredAndReadableWhereThePostIs() throws Exception {
        Session author = member("Photographer");
        Session reader = member("Viewer");
        byte[] image = "fake png bytes".getBytes(StandardCharsets.UTF_8);
        MediaRef uploaded = author.content().uploadMedia("cover.png", image);
        assertThat(uploaded.url()).startsWith("media:");
        assertThat(uploaded.sizeBytes()).isEqualTo(image.length);
        assertThat(uploaded.contentType()).isEqualTo("image/png");

        Path file = Files.createTempFile("notes", ".txt");
        Files.writeString(file, "attached notes");
        Post post = author.content().createPost(general("With media").withMedia(uploaded.url(), List.of(file.toString())), true);
        assertThat(post.featuredImage()).isEqualTo(uploaded.url());
        assertThat(post.attachments()).hasSize(1);
        assertThat(post.attachments().get(0)).startsWith("media:");

        assertThat(reader.content().media(uploaded.id()).bytes()).isEqualTo(image);
        UUID attachmentId = UUID.fromString(post.attachments().get(0).substring("media:".length()));
        assertThat(new String(reader.content().media(attachmentId).bytes(), StandardCharsets.UTF_8)).isEqualTo("attached notes");
        assertThat(reader.content().media(attachmentId).ref().fileName()).startsWith("notes");

        MediaRef secret = author.content().uploadMedia("secret.png", image);
        author.content().createPost(general("Private media").withMedia(secret.url(), List.of()).withAudience(PostAudience.PRIVATE), true);
        assertThatThrownBy(() -> reader.content().media(secret.id())).isInstanceOf(NotFoundException.class);
        assertThat(author.content().media(secret.id()).bytes()).isEqualTo(image);
        // someone else's upload cannot be attached
        assertThatThrownBy(() -> reader.content().createPost(general("steal").withMedia(secret.url(), List.of()), true))
                .isInstanceOf(ValidationException.class);

        // editing keeps the media already on the post
        Post edited = author.content().editPost(post.id(), post.version(),
                general("Edited").withMedia(post.featuredImage(), post.attachments()));
        assertThat(edited.attachments()).isEqualTo(post.attachments());
        Set<String> distinct = new HashSet<>(edited.attachments());
        assertThat(distinct).hasSize(1);
    }
}
