package org.smilefactory.core.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.search.SearchHit;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.core.api.search.SearchQuery;
import org.smilefactory.core.api.search.SearchResults;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.demo.DemoDataCommand;
import org.smilefactory.core.demo.LocalDemoDataService;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.search.LocalSearchService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Latency of the one search across every kind on a hub of {@link DemoSize#L} members plus 100,000
 * posts, 2,000 events, 500 groups and 3,000 listings, through the real {@code LocalSearchService} on
 * the embedded PostgreSQL, as many different members. Not a unit test: run it by hand, see
 * docs/benchmarks.md.
 *
 * <pre>
 * mvn -q -pl app-core test-compile exec:java@search-benchmark -Dexec.args="--data-dir /tmp/sf-bench-search"
 * </pre>
 *
 * Fills the folder first when it lacks the community (the demo generator) or the content (plain SQL
 * here: the content services' bulk generator is not used, so the benchmark stands on its own).
 * Options: {@code --iterations N} (default 200), {@code --warmup N} (default 50), {@code --viewers N}
 * (default 20 members, taken in turn), {@code --explain} (EXPLAIN ANALYZE of each case).
 */
public final class SearchBenchmark {

    /** The words of the generated posts; every post draws 30 of them at random. */
    static final String[] VOCABULARY = ("agriculture solar irrigation water farmers market mobile money payments "
            + "health clinic school students mentors investors startup funding grant pitch prototype pilot customers "
            + "revenue growth team engineering software hardware sensors drones data analytics climate energy battery "
            + "recycling plastic waste textiles fashion design tourism transport logistics delivery bicycles "
            + "motorbikes housing construction bricks cement mining gold copper lithium tobacco maize wheat cattle "
            + "poultry eggs fish aquaculture honey coffee tea cotton soya beans groundnuts vegetables tomatoes onions "
            + "fruit mangoes avocado oranges bananas training workshop community women youth rural urban harare "
            + "bulawayo mutare gweru masvingo kwekwe chinhoyi marondera bindura kadoma victoria falls border "
            + "export import trade policy regulation licence tax savings loans insurance banking wallet app website "
            + "platform network partnership incubator accelerator hackathon coding robotics science research "
            + "university college library internet broadband satellite radio television newspaper podcast video "
            + "music film art crafts furniture timber carpentry welding mechanics electrician plumbing tailoring "
            + "catering bakery restaurant hotel lodge safari wildlife conservation forest trees seeds fertiliser "
            + "compost greenhouse hydroponics borehole dam pipeline pump tank filter sanitation toilets hygiene "
            + "nutrition medicine pharmacy hospital nurses doctors ambulance emergency disability inclusion "
            + "leadership governance accountability transparency volunteers donors impact measurement evaluation "
            + "survey interviews stories lessons failure success scale expansion franchise cooperative union "
            + "association chamber summit conference meetup webinar fellowship scholarship internship apprenticeship")
            .split(" ");
    /** A word in only {@link #RARE_POSTS} posts. */
    static final String RARE_WORD = "ostrich";
    static final int RARE_POSTS = 12;
    static final int POSTS = 100_000;

    private record Case(String name, String text) {
    }

    private record Result(String name, double p50, double p95, double max, int hits, String note) {
    }

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        Path dataDir = Paths.get("/tmp/sf-bench-search");
        int iterations = 200;
        int warmup = 50;
        int viewerCount = 20;
        boolean explain = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Paths.get(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--viewers" -> viewerCount = Integer.parseInt(args[++i]);
                case "--explain" -> explain = true;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        try (Backend backend = Backends.embedded(dataDir)) {
            Session admin = adminOf(backend);
            if (admin.demoData().hubIsEmpty()) {
                System.out.println("Generating the L community in " + dataDir + " ...");
                DemoDataResult r = admin.demoData().generate(DemoSize.L, p -> { }, () -> false);
                System.out.printf(Locale.ROOT, "Generated %,d members in %.1f s%n", r.membersCreated(), r.elapsed().toMillis() / 1000.0);
            }
            CoreContext ctx = ((LocalBackend) backend).context();
            fillContent(ctx.jdbc());
            ctx.jdbc().sql("VACUUM ANALYZE").update();
            printHub(ctx.jdbc());

            List<String> viewerEmails = ctx.jdbc().sql("""
                    SELECT email FROM personal_details WHERE role = 'user' AND profile_state = 'PUBLISHED'
                    ORDER BY email LIMIT ?
                    """).param(viewerCount).query(String.class).list();
            List<Session> viewers = new ArrayList<>();
            for (String email : viewerEmails) {
                viewers.add(backend.signIn(email, LocalDemoDataService.DEMO_PASSWORD));
            }
            Map<String, Object> target = ctx.jdbc().sql("""
                    SELECT user_id, first_name, last_name FROM personal_details
                    WHERE role = 'user' AND profile_state = 'PUBLISHED' AND profile_visibility = 'public'
                      AND length(first_name) >= 6 AND first_name NOT LIKE '% %'
                    ORDER BY email LIMIT 1 OFFSET 100
                    """).query().singleRow();
            UUID targetId = (UUID) target.get("user_id");
            String typo = DirectoryBenchmark.transpose((String) target.get("first_name")) + " " + target.get("last_name");
            System.out.println("Typo search: \"" + typo + "\" for " + target.get("first_name") + " " + target.get("last_name"));
            System.out.println("Viewers: " + viewers.size() + " different members, taken in turn");

            List<Case> cases = List.of(
                    new Case("name with a typo (\"" + typo + "\")", typo),
                    new Case("common word (\"irrigation\")", "irrigation"),
                    new Case("rare word (\"" + RARE_WORD + "\", " + RARE_POSTS + " posts)", RARE_WORD),
                    new Case("two-word phrase (\"solar pump\")", "solar pump"),
                    new Case("prefix (\"agri\")", "agri"),
                    new Case("nothing matches (\"qwxzvbn\")", "qwxzvbn"));
            List<Result> results = new ArrayList<>();
            for (Case c : cases) {
                results.add(measure(c, viewers, warmup, iterations, targetId));
            }
            print(results, iterations, warmup, viewers.size());
            if (explain) {
                UUID viewer = viewers.get(0).member().id();
                for (Case c : cases) {
                    explain(ctx.dataSource(), c, viewer);
                }
            }
        }
    }

    private static Session adminOf(Backend backend) {
        if (backend.hubStatus().setupRequired()) {
            return backend.completeSetup(new FirstRunSetup(DemoDataCommand.HUB_NAME, DemoDataCommand.TIME_ZONE, "Demo",
                    "Administrator", DemoDataCommand.ADMIN_EMAIL, DemoDataCommand.ADMIN_PASSWORD));
        }
        return backend.signIn(DemoDataCommand.ADMIN_EMAIL, DemoDataCommand.ADMIN_PASSWORD);
    }

    /**
     * Posts, groups, events and listings by SQL, once: authors drawn from the members; visibility
     * 75% public, 15% connections, 5% private, 5% in a group; 2% drafts, 1% hidden by a moderator.
     */
    static void fillContent(JdbcClient jdbc) {
        long posts = jdbc.sql("SELECT count(*) FROM posts").query(Long.class).single();
        if (posts >= POSTS) {
            return;
        }
        long start = System.nanoTime();
        System.out.println("Adding groups, events, listings and " + POSTS + " posts ...");
        String words = "ARRAY['" + String.join("','", VOCABULARY) + "']";
        jdbc.sql("""
                CREATE TEMP TABLE bench_authors AS
                SELECT row_number() OVER (ORDER BY user_id) AS n, user_id FROM personal_details WHERE role = 'user'
                """).update();
        long authors = jdbc.sql("SELECT count(*) FROM bench_authors").query(Long.class).single();
        String author = "(SELECT user_id FROM bench_authors WHERE n = 1 + (abs(hashtext(g::text || '%s')) %% " + authors + "))";
        String pick = "w[1 + floor(random() * array_length(w, 1))::int]";
        jdbc.sql(("""
                INSERT INTO groups (id, name, description, category, visibility, created_by, tags)
                SELECT gen_random_uuid(), initcap(%2$s) || ' ' || initcap(%2$s) || ' circle ' || g,
                       'A group about ' || %2$s || ' and ' || %2$s, 'Community',
                       CASE WHEN g %% 10 = 0 THEN 'hidden' WHEN g %% 5 = 0 THEN 'private' ELSE 'public' END,
                       %1$s, ARRAY[%2$s]
                FROM generate_series(1, 500) g, (SELECT %3$s AS w) words
                """).formatted(author.formatted("g"), pick, words)).update();
        jdbc.sql("""
                INSERT INTO group_memberships (group_id, user_id, status)
                SELECT id, created_by, 'active' FROM groups ON CONFLICT DO NOTHING
                """).update();
        jdbc.sql(("""
                INSERT INTO events (id, title, description, event_type, start_date_time, end_date_time, location, organizer_id,
                                    status, tags)
                SELECT gen_random_uuid(), initcap(%2$s) || ' ' || %2$s || ' meetup ' || g,
                       'Come and talk about ' || %2$s || ', ' || %2$s || ' and ' || %2$s, 'meetup',
                       now() + make_interval(days => g %% 120), now() + make_interval(days => g %% 120, hours => 3),
                       initcap(%2$s), %1$s, CASE WHEN g %% 8 = 0 THEN 'draft' ELSE 'published' END, ARRAY[%2$s]
                FROM generate_series(1, 2000) g, (SELECT %3$s AS w) words
                """).formatted(author.formatted("e"), pick, words)).update();
        jdbc.sql(("""
                INSERT INTO marketplace_listings (id, title, description, category, listing_type, price, seller_id, status, tags)
                SELECT gen_random_uuid(), initcap(%2$s) || ' ' || %2$s || ' for sale ' || g,
                       'Good ' || %2$s || ' and ' || %2$s || ', contact me', 'Equipment', 'product', (g %% 500) + 10, %1$s,
                       CASE WHEN g %% 6 = 0 THEN 'sold' ELSE 'active' END, ARRAY[%2$s]
                FROM generate_series(1, 3000) g, (SELECT %3$s AS w) words
                """).formatted(author.formatted("l"), pick, words)).update();
        // ~30 words per post, the title from the first four
        jdbc.sql(("""
                INSERT INTO posts (post_id, author_id, title, content, post_type, visibility, status, group_id,
                                   moderation_state, published_at, created_at, tags)
                SELECT gen_random_uuid(), a.user_id, initcap(t.words[1]) || ' ' || t.words[2] || ' ' || t.words[3] || ' ' || t.words[4],
                       array_to_string(t.words, ' ') || '.',
                       (ARRAY['general', 'blog', 'announcement', 'opportunity', 'success_story'])[1 + g %% 5],
                       CASE WHEN g %% 20 = 1 THEN 'private' WHEN g %% 20 = 2 THEN 'group'
                            WHEN g %% 20 IN (3, 4, 5) THEN 'connections' ELSE 'public' END,
                       CASE WHEN g %% 50 = 7 THEN 'draft' ELSE 'published' END,
                       CASE WHEN g %% 20 = 2 THEN (SELECT id FROM groups ORDER BY id OFFSET (g %% 500) LIMIT 1) END,
                       CASE WHEN g %% 100 = 9 THEN 'hidden' ELSE 'visible' END,
                       now() - make_interval(mins => g), now() - make_interval(mins => g), ARRAY[t.words[5]]
                FROM generate_series(1, %1$d) g
                JOIN bench_authors a ON a.n = 1 + (abs(hashtext(g::text || 'p')) %% %2$d)
                CROSS JOIN LATERAL (
                    SELECT array_agg(%4$s) AS words FROM generate_series(1, 26 + (g %% 8)) i, (SELECT %3$s AS w) v
                    WHERE i > 0 AND g > 0) t
                """).formatted(POSTS, authors, words, pick)).update();
        jdbc.sql("""
                UPDATE posts SET content = content || ' We saw an %s at the farm.'
                WHERE post_id IN (SELECT post_id FROM posts WHERE visibility = 'public' AND status = 'published'
                                  AND moderation_state = 'visible' ORDER BY post_id LIMIT %d)
                """.formatted(RARE_WORD, RARE_POSTS)).update();
        jdbc.sql("DROP TABLE bench_authors").update();
        System.out.printf(Locale.ROOT, "Content added in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void printHub(JdbcClient jdbc) {
        System.out.printf(Locale.ROOT, "%,d members, %,d connections, %,d posts, %,d events, %,d groups, %,d listings; %s; %d processors, Java %s%n",
                count(jdbc, "personal_details WHERE role = 'user'"), count(jdbc, "connections"), count(jdbc, "posts"),
                count(jdbc, "events"), count(jdbc, "groups"), count(jdbc, "marketplace_listings"),
                jdbc.sql("SELECT version()").query(String.class).single(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
    }

    private static long count(JdbcClient jdbc, String from) {
        return jdbc.sql("SELECT count(*) FROM " + from).query(Long.class).single();
    }

    private static Result measure(Case c, List<Session> viewers, int warmup, int iterations, UUID target) {
        SearchQuery query = SearchQuery.of(c.text());
        SearchResults results = null;
        for (int i = 0; i < warmup; i++) {
            results = viewers.get(i % viewers.size()).search().search(query);
        }
        long[] nanos = new long[iterations];
        int hits = 0;
        for (int i = 0; i < iterations; i++) {
            Session viewer = viewers.get(i % viewers.size());
            long t = System.nanoTime();
            results = viewer.search().search(query);
            nanos[i] = System.nanoTime() - t;
        }
        for (var g : results.groups()) {
            hits += g.hits().size();
        }
        Arrays.sort(nanos);
        StringBuilder note = new StringBuilder();
        for (var g : results.groups()) {
            note.append(note.length() == 0 ? "" : ", ").append(g.kind().name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(g.hits().size());
        }
        if (c.name().startsWith("name")) {
            int rank = results.hits(SearchKind.MEMBER).stream().map(SearchHit::id).toList().indexOf(target);
            note.append(rank < 0 ? "; intended member NOT found" : "; intended member at rank " + (rank + 1));
        }
        return new Result(c.name(), percentile(nanos, 50), percentile(nanos, 95), nanos[nanos.length - 1] / 1e6, hits,
                note.toString());
    }

    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static void print(List<Result> results, int iterations, int warmup, int viewers) {
        System.out.printf(Locale.ROOT, "%n%d iterations after %d warm-up calls, %d viewers in turn, times in ms:%n%n",
                iterations, warmup, viewers);
        System.out.println("| query | p50 | p95 | max | hits | per kind |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d | %s |%n", r.name(), r.p50(), r.p95(), r.max(),
                    r.hits(), r.note());
        }
    }

    /** EXPLAIN ANALYZE of the exact statement the service runs, with the case's values inlined. */
    private static void explain(javax.sql.DataSource ds, Case c, UUID viewer) {
        String tsq = LocalSearchService.prefixQuery(c.text());
        String sql = LocalSearchService.sql(EnumSet.allOf(SearchKind.class), !tsq.isEmpty())
                .replaceAll("(?<!:):viewer\\b", "'" + viewer + "'::uuid")
                .replaceAll("(?<!:):staff\\b", "false")
                .replaceAll("(?<!:):text\\b", "'" + c.text().replace("'", "''") + "'")
                .replaceAll("(?<!:):tsq\\b", "'" + tsq + "'")
                .replaceAll("(?<!:):limit\\b", String.valueOf(SearchQuery.DEFAULT_LIMIT));
        System.out.println("\n=== " + c.name() + " ===");
        try (java.sql.Connection con = ds.getConnection(); java.sql.Statement st = con.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM (" + sql + ") q")) {
                while (rs.next()) {
                    System.out.println(rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
