package org.smilefactory.core.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.content.PostPage;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.content.LocalContentService;
import org.smilefactory.core.demo.DemoContent;
import org.smilefactory.core.demo.DemoDataCommand;
import org.smilefactory.core.demo.LocalDemoDataService;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;

/**
 * Latency of the Feed at demo size L plus bulk content, through the real {@code LocalContentService}
 * on the embedded PostgreSQL: every measured call is made by a different member (200 by default),
 * so no single viewer's plan or cache flatters the numbers. Not a unit test; see docs/benchmarks.md.
 *
 * <pre>
 * mvn -q -pl app-core test-compile exec:java@feed-benchmark -Dexec.args="--data-dir /tmp/sf-feed-bench"
 * </pre>
 *
 * Fills the folder first if needed: the L community, then bulk content up to {@code --posts}
 * (100,000), {@code --comments} (300,000) and {@code --likes} (1,000,000). Options:
 * {@code --iterations N} (members measured per case, default 200), {@code --warmup N} (default 50),
 * {@code --explain} (EXPLAIN ANALYZE of the first pages for one member).
 */
public final class FeedBenchmark {

    private record Case(String name, Function<Session, FeedQuery> query) {
    }

    private FeedBenchmark() {
    }

    public static void main(String[] args) {
        Path dataDir = Paths.get("/tmp/sf-feed-bench");
        int iterations = 200;
        int warmup = 50;
        int posts = 100_000;
        int comments = 300_000;
        int likes = 1_000_000;
        boolean explain = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Paths.get(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--posts" -> posts = Integer.parseInt(args[++i]);
                case "--comments" -> comments = Integer.parseInt(args[++i]);
                case "--likes" -> likes = Integer.parseInt(args[++i]);
                case "--explain" -> explain = true;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        try (Backend backend = Backends.embedded(dataDir)) {
            Session admin = adminOf(backend);
            CoreContext ctx = ((LocalBackend) backend).context();
            if (admin.demoData().hubIsEmpty()) {
                System.out.println("Generating the L community in " + dataDir + " ...");
                DemoDataResult r = admin.demoData().generate(DemoSize.L, p -> { }, () -> false);
                System.out.printf(Locale.ROOT, "Generated %,d members in %.1f s%n", r.membersCreated(), r.elapsed().toMillis() / 1000.0);
            }
            long havePosts = count(ctx, "SELECT count(*) FROM posts");
            if (havePosts < posts) {
                System.out.println("Adding bulk content ...");
                long t = System.nanoTime();
                DemoContent.Added added = new DemoContent(ctx, 263).addBulk(DemoContent.members(ctx.jdbc()),
                        (int) (posts - havePosts), comments, likes, step -> { });
                System.out.printf(Locale.ROOT, "Added %,d posts, %,d comments, %,d likes in %.1f s%n", added.posts(),
                        added.comments(), added.likes(), (System.nanoTime() - t) / 1e9);
            }
            ctx.jdbc().sql("VACUUM ANALYZE").update();
            System.out.printf(Locale.ROOT, "Hub: %,d members, %,d posts (%,d published), %,d comments, %,d likes, %,d accepted connections%n",
                    count(ctx, "SELECT count(*) FROM personal_details"), count(ctx, "SELECT count(*) FROM posts"),
                    count(ctx, "SELECT count(*) FROM posts WHERE status = 'published'"),
                    count(ctx, "SELECT count(*) FROM comments"), count(ctx, "SELECT count(*) FROM post_likes"),
                    count(ctx, "SELECT count(*) FROM connections WHERE status = 'accepted'"));

            int needed = iterations + warmup;
            List<String> emails = ctx.jdbc().sql("""
                    SELECT email FROM personal_details WHERE role = 'user' AND deleted_at IS NULL
                    ORDER BY md5(email) LIMIT :n
                    """).param("n", needed).query(String.class).list();
            System.out.println("Signing in " + emails.size() + " members ...");
            List<Session> members = new ArrayList<>();
            for (String email : emails) {
                members.add(backend.signIn(email, LocalDemoDataService.DEMO_PASSWORD));
            }
            List<Case> cases = List.of(
                    new Case("Latest, first page", s -> FeedQuery.latest()),
                    new Case("Latest, next page (keyset)", s -> FeedQuery.latest()
                            .withCursor(s.content().feed(FeedQuery.latest()).nextCursor())),
                    new Case("For you, first page", s -> FeedQuery.forYou()),
                    new Case("For you, next page (keyset)", s -> FeedQuery.forYou()
                            .withCursor(s.content().feed(FeedQuery.forYou()).nextCursor())),
                    new Case("Blog articles, first page", s -> FeedQuery.blog()),
                    new Case("Latest, tag \"fintech\"", s -> FeedQuery.latest().withTag("fintech")),
                    new Case("Latest, tag \"fintech\", next page", s -> FeedQuery.latest().withTag("fintech")
                            .withCursor(s.content().feed(FeedQuery.latest().withTag("fintech")).nextCursor())),
                    new Case("Latest, type opportunity", s -> FeedQuery.latest().withTypes(Set.of(PostType.OPPORTUNITY))));
            System.out.printf(Locale.ROOT, "%n| query | p50 | p95 | max | rows |%n|---|---:|---:|---:|---:|%n");
            for (Case c : cases) {
                measure(c, members, warmup, iterations);
            }
            if (explain) {
                explain(ctx, members.get(warmup), emails.get(warmup));
            }
        }
    }

    private static void measure(Case c, List<Session> members, int warmup, int iterations) {
        for (int i = 0; i < warmup; i++) {
            Session s = members.get(i);
            s.content().feed(c.query().apply(s));
        }
        long[] nanos = new long[iterations];
        int rows = 0;
        for (int i = 0; i < iterations; i++) {
            Session s = members.get(warmup + i);
            FeedQuery query = c.query().apply(s); // preparing a next-page cursor is not measured
            long t = System.nanoTime();
            PostPage page = s.content().feed(query);
            nanos[i] = System.nanoTime() - t;
            rows = Math.max(rows, page.posts().size());
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", c.name(), percentile(nanos, 50),
                percentile(nanos, 95), nanos[nanos.length - 1] / 1e6, rows);
    }

    private static void explain(CoreContext ctx, Session member, String email) {
        UUID viewer = member.member().id();
        System.out.println("\nEXPLAIN ANALYZE as " + email);
        for (FeedQuery q : List.of(FeedQuery.latest(), FeedQuery.forYou(),
                FeedQuery.forYou().withCursor(member.content().feed(FeedQuery.forYou()).nextCursor()),
                FeedQuery.latest().withTag("fintech"))) {
            LocalContentService.FeedSql sql = LocalContentService.feedSql(ctx.jdbc(), q, viewer, true);
            var spec = ctx.jdbc().sql("EXPLAIN (ANALYZE, BUFFERS) " + sql.sql());
            for (Map.Entry<String, Object> p : sql.params().entrySet()) {
                spec = spec.param(p.getKey(), p.getValue());
            }
            System.out.println("\n-- " + q.order() + (q.cursor() == null ? " first page" : " next page")
                    + (q.tag() == null ? "" : ", tag " + q.tag()));
            spec.query(String.class).list().forEach(System.out::println);
        }
    }

    private static long count(CoreContext ctx, String sql) {
        return ctx.jdbc().sql(sql).query(Long.class).single();
    }

    private static Session adminOf(Backend backend) {
        if (backend.hubStatus().setupRequired()) {
            return backend.completeSetup(new FirstRunSetup(DemoDataCommand.HUB_NAME, DemoDataCommand.TIME_ZONE, "Demo",
                    "Administrator", DemoDataCommand.ADMIN_EMAIL, DemoDataCommand.ADMIN_PASSWORD));
        }
        return backend.signIn(DemoDataCommand.ADMIN_EMAIL, DemoDataCommand.ADMIN_PASSWORD);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
