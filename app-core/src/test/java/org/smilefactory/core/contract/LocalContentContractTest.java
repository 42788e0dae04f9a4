package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.content.Post;
import org.smilefactory.core.api.content.PostPage;
import org.smilefactory.core.api.profiles.MentorDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;

/** The content contract on a local backend (the test's embedded PostgreSQL). */
class LocalContentContractTest extends ContentContract {

    static {
        // keep the media store of the tests out of the real data folder
        System.setProperty("smilefactory.media", Path.of("target", "test-media").toAbsolutePath().toString());
    }

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @Override
    protected void connect(UUID a, UUID b) {
        Connections.accepted(backend, a, b);
    }

    /**
     * "For you" ranks only a window of publication times per page; paging through posts spread over
     * weeks (written straight into the database) must give exactly the order of the formula.
     */
    @Test
    void forYouPagesFollowTheFormulaOverWeeksOfPosts() {
        Session viewer = Hubs.member(backend, admin, Role.USER, "Ranked", "Viewer");
        ProfileView mine = viewer.profiles().mine();
        viewer.profiles().save(new SaveProfile(mine.memberId(), mine.version(), mine.firstName(), mine.lastName(), null,
                null, null, null, null, null, ProfileType.MENTOR, ProfileVisibility.PUBLIC,
                new MentorDetails(List.of("Fintech", "Mining"), null, null, null, List.of(), null, null)));
        Session friend = Hubs.member(backend, admin, Role.USER, "Ranked", "Friend");
        Session other = Hubs.member(backend, admin, Role.USER, "Ranked", "Other");
        connect(viewer.member().id(), friend.member().id());
        String tag = "rank" + UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(42);
        Instant now = Instant.now();
        JdbcClient jdbc = ((LocalBackend) backend).context().jdbc();
        for (int i = 0; i < 150; i++) {
            UUID author = random.nextBoolean() ? friend.member().id() : other.member().id();
            List<String> tags = new ArrayList<>(List.of(tag));
            if (random.nextInt(3) == 0) {
                tags.add("fintech");
            }
            if (random.nextInt(4) == 0) {
                tags.add("mining");
            }
            Instant at = now.minusSeconds(random.nextInt(20 * 24 * 3600));
            jdbc.sql("""
                    INSERT INTO posts (post_id, author_id, content, tags, visibility, status, created_at, updated_at, published_at)
                    VALUES (?, ?, 'ranked', ?, 'public', 'published', ?, ?, ?)
                    """).params(UUID.randomUUID(), author, tags.toArray(String[]::new), Timestamp.from(at), Timestamp.from(at),
                    Timestamp.from(at)).update();
        }
        List<Post> all = new ArrayList<>();
        PostPage page = viewer.content().feed(FeedQuery.latest().withTag(tag).withLimit(100));
        all.addAll(page.posts());
        all.addAll(viewer.content().feed(FeedQuery.latest().withTag(tag).withLimit(100).withCursor(page.nextCursor())).posts());
        assertThat(all).hasSize(150);
        UUID friendId = friend.member().id();
        Comparator<Post> formula = Comparator.<Post>comparingDouble(p -> -(p.publishedAt().getEpochSecond() / 3600.0
                        + (p.authorId().equals(friendId) ? 36 : 0)
                        + 12 * p.tags().stream().filter(t -> t.equals("fintech") || t.equals("mining")).count()))
                .thenComparing(Post::id);
        List<UUID> expected = all.stream().sorted(formula).map(Post::id).toList();

        List<UUID> paged = new ArrayList<>();
        FeedQuery query = FeedQuery.forYou().withTag(tag).withLimit(7);
        PostPage p = viewer.content().feed(query);
        paged.addAll(p.posts().stream().map(Post::id).toList());
        while (p.nextCursor() != null) {
            p = viewer.content().feed(query.withCursor(p.nextCursor()));
            paged.addAll(p.posts().stream().map(Post::id).toList());
        }
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Override
    protected List<String> notificationTypes(UUID member) {
        return ((LocalBackend) backend).context().jdbc()
                .sql("SELECT notification_type FROM notifications WHERE user_id = ? ORDER BY created_at, id")
                .params(member).query(String.class).list();
    }
}
