package org.smilefactory.core.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Posts, threaded comments and likes for the demo community, and bulk content for benchmarks.
 * What is written (authors, types, texts, audiences, threads) follows the seed; ids and the exact
 * instants follow the clock. Rows go in with one multi-row {@code INSERT ... SELECT FROM unnest(...)}
 * per chunk of {@value #CHUNK}, so the counter triggers still run for every row and a million likes
 * take a few minutes, not hours.
 */
public final class DemoContent {

    /** A member content can be written by: their id and when they joined. */
    public record Member(UUID id, Instant joined) {
    }

    /** What was added. */
    public record Added(int posts, int comments, int likes) {
    }

    static final int CHUNK = 5_000;

    private static final List<String> TAGS = List.of("agritech", "fintech", "healthtech", "edtech", "cleantech",
            "logistics", "mining", "renewable energy", "funding", "mentorship", "startups", "women in tech",
            "youth", "internships", "hackathon", "investment", "research", "policy", "water", "manufacturing",
            "ai", "mobile money", "zimbabwe", "harare", "bulawayo", "sadc", "partnerships", "product", "pitching",
            "go-to-market");

    private static final String[] TYPES = {"general", "general", "general", "general", "general", "general", "general",
            "general", "general", "blog", "blog", "blog", "announcement", "announcement", "opportunity", "opportunity",
            "opportunity", "success_story", "success_story", "success_story"};

    private final CoreContext ctx;
    private final JdbcClient jdbc;
    private final Random random;
    private final Instant now;

    public DemoContent(CoreContext ctx, long seed) {
        this.ctx = ctx;
        this.jdbc = ctx.jdbc();
        this.random = new Random(seed ^ 0x434F_4E54_454E_54L);
        this.now = ctx.clock().instant();
    }

    /** The members of an existing hub (not kiosks, not deleted), in a stable order. */
    public static List<Member> members(JdbcClient jdbc) {
        return jdbc.sql("SELECT user_id, created_at FROM personal_details WHERE deleted_at IS NULL AND role <> 'kiosk' ORDER BY user_id")
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant())).list();
    }

    /** The demo community's content: about 0.6 posts, 1.5 comments and 3 likes per member. */
    public Added addForCommunity(List<Member> members) {
        int n = members.size();
        return add(members, Math.max(1, n * 3 / 5), n * 3 / 2, n * 3, 0, p -> { });
    }

    /**
     * Bulk content on an existing hub: {@code posts} new posts over the last {@code days} days (0 =
     * since each author joined), then {@code comments} and {@code likes} spread over all public posts.
     */
    public Added addBulk(List<Member> members, int posts, int comments, int likes, Consumer<String> progress) {
        return add(members, posts, comments, likes, 365, progress);
    }

    private record NewPost(UUID id, UUID author, String title, String body, String type, String tags, String visibility,
                           String status, Instant publishedAt) {
    }

    private Added add(List<Member> members, int postCount, int commentCount, int likeCount, int days, Consumer<String> progress) {
        if (members.isEmpty()) {
            return new Added(0, 0, 0);
        }
        // 1. posts
        List<NewPost> posts = new ArrayList<>(postCount);
        for (int i = 0; i < postCount; i++) {
            Member author = members.get(random.nextInt(members.size()));
            String type = TYPES[random.nextInt(TYPES.length)];
            int v = random.nextInt(100);
            String visibility = v < 82 ? "public" : v < 94 ? "connections" : "private";
            String status = random.nextInt(100) < 4 ? "draft" : "published";
            Instant from = days > 0 ? now.minus(Duration.ofDays(days)) : author.joined();
            if (from.isBefore(author.joined()) && days == 0) {
                from = author.joined();
            }
            long span = Math.max(1, Duration.between(from, now).getSeconds());
            Instant published = from.plusSeconds((long) (random.nextDouble() * span));
            List<String> tags = new ArrayList<>();
            int tagCount = 1 + random.nextInt(3);
            while (tags.size() < tagCount) {
                String tag = TAGS.get(random.nextInt(TAGS.size()));
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            DemoWords.Industry industry = DemoWords.INDUSTRIES.get(random.nextInt(DemoWords.INDUSTRIES.size()));
            String[] text = text(type, industry, tags);
            posts.add(new NewPost(Ids.next(), author.id(), text[0], text[1], type, String.join("|", tags), visibility,
                    status, "draft".equals(status) ? null : published));
        }
        insertPosts(posts, progress);

        // only published public posts get comments and likes: every demo member may read them
        List<NewPost> open = posts.stream().filter(p -> p.publishedAt() != null && p.visibility().equals("public")).toList();
        if (open.isEmpty()) {
            return new Added(posts.size(), 0, 0);
        }
        // 2. comments: 60 % top-level, the rest replies to an earlier comment of the same post
        Map<Integer, List<UUID>> byPost = new HashMap<>();
        List<Object[]> comments = new ArrayList<>(commentCount);
        for (int i = 0; i < commentCount; i++) {
            int p = random.nextInt(open.size());
            NewPost post = open.get(p);
            List<UUID> earlier = byPost.computeIfAbsent(p, k -> new ArrayList<>());
            UUID parent = !earlier.isEmpty() && random.nextInt(100) < 40 ? earlier.get(random.nextInt(earlier.size())) : null;
            UUID id = Ids.next();
            earlier.add(id);
            long after = Math.max(60, Duration.between(post.publishedAt(), now).getSeconds());
            // replies come after their parents: creation times grow with the order within a post
            Instant at = post.publishedAt().plusSeconds(Math.min(after, 600L * earlier.size() + random.nextInt(600)));
            Member author = members.get(random.nextInt(members.size()));
            comments.add(new Object[] {id, post.id(), author.id(), parent, comment(parent != null), at});
        }
        insertComments(comments, progress);

        // 3. likes: one per member and post, sorted by post so the counter updates stay local
        Set<Long> seen = new HashSet<>();
        List<long[]> pairs = new ArrayList<>(likeCount);
        int attempts = 0;
        long capacity = (long) open.size() * members.size();
        int target = (int) Math.min(likeCount, capacity);
        while (pairs.size() < target && attempts < likeCount * 3 + 10) {
            attempts++;
            int p = skewed(open.size());
            int m = random.nextInt(members.size());
            if (seen.add((long) p * members.size() + m)) {
                pairs.add(new long[] {p, m});
            }
        }
        pairs.sort((a, b) -> Long.compare(a[0], b[0]));
        insertLikes(pairs, open, members, progress);
        return new Added(posts.size(), comments.size(), pairs.size());
    }

    /** Popular posts get more likes: a quadratic skew towards the front of the list. */
    private int skewed(int size) {
        double u = random.nextDouble();
        return (int) Math.min(size - 1, Math.floor(u * u * size));
    }

    private String[] text(String type, DemoWords.Industry industry, List<String> tags) {
        DemoWords.Venture venture = industry.ventures().get(random.nextInt(industry.ventures().size()));
        String idea = venture.product();
        String who = venture.customers();
        String problem = venture.problem();
        switch (type) {
            case "blog":
                return new String[] {
                    "What we learned building " + idea,
                    "# Why " + industry.label().toLowerCase(Locale.ROOT) + " needs " + idea + "\n\n"
                        + "For " + who + ", **" + problem + "**. We spent a season finding out what would help.\n\n"
                        + "## What worked\n\n- Talking to " + who + " every week\n- Starting *small* and measuring\n"
                        + "- Partnering with people who already had their trust\n\n"
                        + "## What did not\n\n1. Building features nobody asked for\n2. Pricing in a currency our users do not earn in\n\n"
                        + "> The best product decision we made was to listen first.\n\n"
                        + "Read more about the hub's programmes on [the hub website](https://example.org/hub)."};
            case "announcement":
                return new String[] {"Announcement: " + industry.label() + " clinic this month",
                    "The hub runs a clinic for " + industry.label().toLowerCase(Locale.ROOT) + " founders working on "
                        + idea + ". Bring your questions about " + String.join(", ", tags) + "."};
            case "opportunity":
                return new String[] {"Looking for partners: " + idea,
                    "We are looking for a partner who works with " + who + ". If you know how to reach them, let's talk."};
            case "success_story":
                return new String[] {"How " + idea + " reached its first 100 customers",
                    "A year ago " + problem + ". Today " + who + " use our " + idea + " every week. Thank you to our mentors!"};
            default:
                return new String[] {null, "Working on " + idea + " for " + who + ". Anyone else tackling this? #"
                        + String.join(" #", tags).replace(' ', '-')};
        }
    }

    private static final String[] TOP_COMMENTS = {"Great work, congratulations!", "How can I get involved?",
        "This is exactly what our community needs.", "Would love to learn more about your pilot.",
        "Have you spoken to the team at the hub about funding?", "Thanks for sharing this."};
    private static final String[] REPLIES = {"Thank you! Send me a message.", "Agreed, well said.",
        "Happy to introduce you.", "We tried something similar last year, let's compare notes.", "Good question!"};

    private String comment(boolean reply) {
        String[] pool = reply ? REPLIES : TOP_COMMENTS;
        return pool[random.nextInt(pool.length)];
    }

    // ---------------------------------------------------------------------------------------------

    private void insertPosts(List<NewPost> posts, Consumer<String> progress) {
        for (int from = 0; from < posts.size(); from += CHUNK) {
            List<NewPost> chunk = posts.subList(from, Math.min(posts.size(), from + CHUNK));
            int size = chunk.size();
            String[] ids = new String[size];
            String[] authors = new String[size];
            String[] titles = new String[size];
            String[] bodies = new String[size];
            String[] types = new String[size];
            String[] tags = new String[size];
            String[] visibilities = new String[size];
            String[] statuses = new String[size];
            Timestamp[] published = new Timestamp[size];
            for (int i = 0; i < size; i++) {
                NewPost p = chunk.get(i);
                ids[i] = p.id().toString();
                authors[i] = p.author().toString();
                titles[i] = p.title();
                bodies[i] = p.body();
                types[i] = p.type();
                tags[i] = p.tags();
                visibilities[i] = p.visibility();
                statuses[i] = p.status();
                published[i] = p.publishedAt() == null ? null : Timestamp.from(p.publishedAt());
            }
            ctx.tx().executeWithoutResult(s -> jdbc.sql("""
                    INSERT INTO posts (post_id, author_id, title, content, post_type, tags, visibility, status,
                                       created_at, updated_at, published_at)
                    SELECT CAST(id AS uuid), CAST(author AS uuid), title, body, type, string_to_array(tags, '|'),
                           visibility, status, coalesce(published, now()), coalesce(published, now()), published
                    FROM unnest(CAST(:ids AS text[]), CAST(:authors AS text[]), CAST(:titles AS text[]),
                                CAST(:bodies AS text[]), CAST(:types AS text[]), CAST(:tags AS text[]),
                                CAST(:visibilities AS text[]), CAST(:statuses AS text[]), CAST(:published AS timestamptz[]))
                         AS t(id, author, title, body, type, tags, visibility, status, published)
                    """)
                    .param("ids", ids).param("authors", authors).param("titles", titles).param("bodies", bodies)
                    .param("types", types).param("tags", tags).param("visibilities", visibilities)
                    .param("statuses", statuses).param("published", published)
                    .update());
            progress.accept("posts " + (from + size) + " / " + posts.size());
        }
    }

    private void insertComments(List<Object[]> comments, Consumer<String> progress) {
        for (int from = 0; from < comments.size(); from += CHUNK) {
            List<Object[]> chunk = comments.subList(from, Math.min(comments.size(), from + CHUNK));
            int size = chunk.size();
            String[] ids = new String[size];
            String[] posts = new String[size];
            String[] authors = new String[size];
            String[] parents = new String[size];
            String[] bodies = new String[size];
            Timestamp[] at = new Timestamp[size];
            for (int i = 0; i < size; i++) {
                Object[] c = chunk.get(i);
                ids[i] = c[0].toString();
                posts[i] = c[1].toString();
                authors[i] = c[2].toString();
                parents[i] = c[3] == null ? null : c[3].toString();
                bodies[i] = (String) c[4];
                at[i] = Timestamp.from((Instant) c[5]);
            }
            // parents always come earlier in the list, so a chunk never refers to a later chunk
            ctx.tx().executeWithoutResult(s -> jdbc.sql("""
                    INSERT INTO comments (comment_id, post_id, author_id, parent_comment_id, content, created_at, updated_at)
                    SELECT CAST(id AS uuid), CAST(post AS uuid), CAST(author AS uuid), CAST(parent AS uuid), body, at, at
                    FROM unnest(CAST(:ids AS text[]), CAST(:posts AS text[]), CAST(:authors AS text[]),
                                CAST(:parents AS text[]), CAST(:bodies AS text[]), CAST(:at AS timestamptz[]))
                         AS t(id, post, author, parent, body, at)
                    """)
                    .param("ids", ids).param("posts", posts).param("authors", authors).param("parents", parents)
                    .param("bodies", bodies).param("at", at)
                    .update());
            progress.accept("comments " + (from + size) + " / " + comments.size());
        }
    }

    private void insertLikes(List<long[]> pairs, List<NewPost> open, List<Member> members, Consumer<String> progress) {
        for (int from = 0; from < pairs.size(); from += CHUNK) {
            List<long[]> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
            int size = chunk.size();
            String[] posts = new String[size];
            String[] users = new String[size];
            Timestamp[] at = new Timestamp[size];
            for (int i = 0; i < size; i++) {
                NewPost post = open.get((int) chunk.get(i)[0]);
                posts[i] = post.id().toString();
                users[i] = members.get((int) chunk.get(i)[1]).id().toString();
                long after = Math.max(1, Duration.between(post.publishedAt(), now).getSeconds());
                at[i] = Timestamp.from(post.publishedAt().plusSeconds((long) (random.nextDouble() * after)));
            }
            ctx.tx().executeWithoutResult(s -> jdbc.sql("""
                    INSERT INTO post_likes (post_id, user_id, created_at)
                    SELECT CAST(p AS uuid), CAST(u AS uuid), at
                    FROM unnest(CAST(:posts AS text[]), CAST(:users AS text[]), CAST(:at AS timestamptz[])) AS t(p, u, at)
                    ON CONFLICT DO NOTHING
                    """)
                    .param("posts", posts).param("users", users).param("at", at)
                    .update());
            progress.accept("likes " + (from + size) + " / " + pairs.size());
        }
    }
}
