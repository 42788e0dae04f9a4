package org.smilefactory.core.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.groups.GroupPage;
import org.smilefactory.core.api.groups.GroupQuery;
import org.smilefactory.core.api.marketplace.ListingPage;
import org.smilefactory.core.api.marketplace.ListingQuery;
import org.smilefactory.core.api.marketplace.ListingType;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.demo.DemoDataCommand;
import org.smilefactory.core.demo.LocalDemoDataService;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;

/**
 * Latency of the group list, the marketplace browse page and the staff dashboard (all its numbers in
 * one call) on a hub of {@link DemoSize#L} members with the demo's groups and listings, through the
 * real local services on the embedded PostgreSQL. Not a unit test: run it by hand, see
 * docs/benchmarks.md.
 *
 * <pre>
 * mvn -q -pl app-core test-compile exec:java@groups-dashboard-benchmark -Dexec.args="--data-dir /tmp/sf-bench-groups"
 * </pre>
 *
 * Fills the folder with the L community first if its hub is empty. Options: {@code --iterations N}
 * (default 200), {@code --warmup N} (default 50).
 */
public final class GroupsDashboardBenchmark {

    private record Case(String area, String name, Supplier<Integer> call) {
    }

    private record Result(String area, String name, double p50, double p95, double max, int rows) {
    }

    private GroupsDashboardBenchmark() {
    }

    public static void main(String[] args) {
        Path dataDir = Paths.get("/tmp/sf-bench-groups");
        int iterations = 200;
        int warmup = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Paths.get(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
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
            long groups = count(ctx, "SELECT count(*) FROM groups");
            if (groups == 0) {
                throw new IllegalStateException(dataDir + " holds a community made before groups and listings were part of "
                        + "the demo data: point --data-dir at a new folder");
            }
            ctx.jdbc().sql("VACUUM ANALYZE").update();
            System.out.printf(Locale.ROOT, "%,d members, %,d groups, %,d memberships, %,d listings, %,d transactions; %s; "
                            + "%d processors, Java %s%n",
                    count(ctx, "SELECT count(*) FROM personal_details WHERE role = 'user'"), groups,
                    count(ctx, "SELECT count(*) FROM group_memberships"),
                    count(ctx, "SELECT count(*) FROM marketplace_listings"),
                    count(ctx, "SELECT count(*) FROM marketplace_transactions"),
                    ctx.jdbc().sql("SELECT version()").query(String.class).single(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

            // the member in the most groups: "mine" has rows and every visibility check has memberships to look at
            String viewerEmail = ctx.jdbc().sql("""
                    SELECT p.email FROM personal_details p JOIN group_memberships m ON m.user_id = p.user_id
                    WHERE p.role = 'user' GROUP BY p.email ORDER BY count(*) DESC, p.email LIMIT 1
                    """).query(String.class).single();
            Session member = backend.signIn(viewerEmail, LocalDemoDataService.DEMO_PASSWORD);
            System.out.println("Member viewer: " + viewerEmail);

            GroupQuery groupPage = new GroupQuery(null, null, false, null, GroupQuery.DEFAULT_LIMIT);
            GroupPage firstGroups = member.groups().list(new GroupQuery(null, null, false, null, 20));
            String groupCursor = firstGroups.nextCursor();
            ListingPage firstListings = member.marketplace().browse(ListingQuery.firstPage());
            String listingCursor = firstListings.nextCursor();
            List<Case> cases = List.of(
                    new Case("groups", "first page, member (50)", () -> member.groups().list(groupPage).groups().size()),
                    new Case("groups", "next page, member (keyset, 20)", () -> member.groups()
                            .list(new GroupQuery(null, null, false, groupCursor, 20)).groups().size()),
                    new Case("groups", "category \"Agritech\", member", () -> member.groups()
                            .list(new GroupQuery(null, "Agritech", false, null, GroupQuery.DEFAULT_LIMIT)).groups().size()),
                    new Case("groups", "text \"solar\", member", () -> member.groups()
                            .list(new GroupQuery("solar", null, false, null, GroupQuery.DEFAULT_LIMIT)).groups().size()),
                    new Case("groups", "my groups, member", () -> member.groups()
                            .list(new GroupQuery(null, null, true, null, GroupQuery.DEFAULT_LIMIT)).groups().size()),
                    new Case("groups", "first page, staff (50)", () -> admin.groups().list(groupPage).groups().size()),
                    new Case("marketplace", "browse first page (50)", () -> member.marketplace()
                            .browse(ListingQuery.firstPage()).listings().size()),
                    new Case("marketplace", "browse next page (keyset)", () -> member.marketplace()
                            .browse(ListingQuery.firstPage().withCursor(listingCursor)).listings().size()),
                    new Case("marketplace", "type product, 100-1000 USD", () -> member.marketplace().browse(new ListingQuery(
                            null, Set.of(ListingType.PRODUCT), null, new BigDecimal("100"), new BigDecimal("1000"), null,
                            false, null, ListingQuery.DEFAULT_LIMIT)).listings().size()),
                    new Case("marketplace", "location \"Harare\"", () -> member.marketplace().browse(new ListingQuery(
                            null, Set.of(), null, null, null, "Harare", false, null, ListingQuery.DEFAULT_LIMIT))
                            .listings().size()),
                    new Case("marketplace", "text \"solar pump\"", () -> member.marketplace().browse(new ListingQuery(
                            "solar pump", Set.of(), null, null, null, null, false, null, ListingQuery.DEFAULT_LIMIT))
                            .listings().size()),
                    new Case("dashboard", "all hub numbers (12 weeks, 10 events)", () -> {
                        var s = admin.stats().load(12, 10);
                        return s.membersByType().size() + s.membersByState().size() + s.signUpsPerWeek().size()
                                + s.postsPerWeek().size() + s.recentEvents().size() + s.activeListingsByCategory().size();
                    }));
            List<Result> results = new ArrayList<>();
            for (Case c : cases) {
                results.add(measure(c, warmup, iterations));
            }
            System.out.printf(Locale.ROOT, "%n%d iterations after %d warm-up calls, times in ms:%n%n", iterations, warmup);
            System.out.println("| area | call | p50 | p95 | max | rows |");
            System.out.println("|---|---|---:|---:|---:|---:|");
            for (Result r : results) {
                System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %d |%n",
                        r.area(), r.name(), r.p50(), r.p95(), r.max(), r.rows());
            }
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

    private static Result measure(Case c, int warmup, int iterations) {
        int rows = 0;
        for (int i = 0; i < warmup; i++) {
            rows = c.call().get();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            rows = c.call().get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return new Result(c.area(), c.name(), percentile(nanos, 50), percentile(nanos, 95), nanos[nanos.length - 1] / 1e6, rows);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
