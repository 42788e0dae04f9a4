package org.smilefactory.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.content.Post;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;

/** The demo community comes with posts, threaded comments and likes; bulk content adds more on top. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoContentTest {

    private Backend backend;
    private Session admin;
    private CoreContext ctx;

    @BeforeAll
    void generate() {
        backend = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        ctx = ((LocalBackend) backend).context();
        admin.demoData().generate(DemoSize.S, p -> { }, () -> false);
    }

    @AfterAll
    void close() {
        backend.close();
    }

    private long count(String sql) {
        return ctx.jdbc().sql(sql).query(Long.class).single();
    }

    @Test
    @Order(1)
    void theSmallCommunityHasContentOfEveryKind() {
        assertThat(count("SELECT count(*) FROM posts")).isEqualTo(120);
        assertThat(count("SELECT count(*) FROM comments")).isEqualTo(300);
        assertThat(count("SELECT count(*) FROM post_likes")).isBetween(500L, 600L);
        assertThat(count("SELECT count(DISTINCT post_type) FROM posts")).isEqualTo(5);
        assertThat(count("SELECT count(DISTINCT visibility) FROM posts")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM posts WHERE status = 'draft'")).isPositive();
        assertThat(count("SELECT count(*) FROM comments WHERE parent_comment_id IS NOT NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM posts WHERE post_type = 'blog' AND content LIKE '%## What worked%'")).isPositive();
        // How long generation takes is measured by the demo benchmark (docs/benchmarks.md), not asserted
        // here: a time limit in a unit test fails on a busy machine and proves nothing on a quiet one.
        assertCountersMatchRows();
    }

    @Test
    @Order(2)
    void bulkContentIsAddedToAnExistingHub() {
        long before = count("SELECT count(*) FROM posts");
        long started = System.nanoTime();
        DemoContent.Added added = new DemoContent(ctx, 7).addBulk(DemoContent.members(ctx.jdbc()), 2_000, 6_000, 20_000, p -> { });
        assertThat(added.posts()).isEqualTo(2_000);
        assertThat(count("SELECT count(*) FROM posts")).isEqualTo(before + 2_000);
        assertThat(added.likes()).isEqualTo(20_000);
        assertCountersMatchRows();

        // the demo content is readable through the contract: a demo member's feed is full
        Session member = backend.signIn(ctx.jdbc().sql("SELECT email FROM personal_details WHERE role = 'user' ORDER BY email LIMIT 1")
                .query(String.class).single(), LocalDemoDataService.DEMO_PASSWORD);
        List<Post> first = member.content().feed(FeedQuery.latest()).posts();
        assertThat(first).hasSize(FeedQuery.DEFAULT_LIMIT);
        assertThat(member.content().feed(FeedQuery.forYou()).posts()).isNotEmpty();
    }

    private void assertCountersMatchRows() {
        assertThat(count("""
                SELECT count(*) FROM posts p
                WHERE p.like_count <> (SELECT count(*) FROM post_likes l WHERE l.post_id = p.post_id)
                   OR p.comment_count <> (SELECT count(*) FROM comments c WHERE c.post_id = p.post_id AND c.moderation_state = 'visible')
                """)).isZero();
    }
}
