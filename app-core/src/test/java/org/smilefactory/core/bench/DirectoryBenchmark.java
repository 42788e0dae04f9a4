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
import java.util.function.Supplier;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.DirectoryPage;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.demo.DemoDataCommand;
import org.smilefactory.core.demo.LocalDemoDataService;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;

/**
 * Latency of the member directory on a hub of {@link DemoSize#L} members, measured through the real
 * {@code LocalProfileService} on the embedded PostgreSQL, as a member and as staff. Not a unit test
 * (the name does not end in Test): run it by hand, see docs/benchmarks.md.
 *
 * <pre>
 * mvn -q -pl app-core test-compile exec:java@directory-benchmark -Dexec.args="--data-dir /tmp/sf-bench"
 * </pre>
 *
 * Fills the folder with the L community first if its hub is empty. Options: {@code --iterations N}
 * (default 200), {@code --warmup N} (default 50), {@code --explain} (also prints EXPLAIN ANALYZE of
 * equivalent SQL for each case).
 */
public final class DirectoryBenchmark {

    private record Case(String name, Supplier<DirectoryQuery> query) {
    }

    private record Result(String viewer, String name, double p50, double p95, double max, int rows, String note) {
    }

    private DirectoryBenchmark() {
    }

    public static void main(String[] args) {
        Path dataDir = Paths.get("/tmp/sf-bench");
        int iterations = 200;
        int warmup = 50;
        boolean explain = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Paths.get(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
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
            ctx.jdbc().sql("VACUUM ANALYZE").update();
            printCommunity(ctx);

            String viewerEmail = ctx.jdbc().sql("""
                    SELECT p.email FROM personal_details p
                    JOIN connections c ON c.status = 'accepted' AND p.user_id IN (c.requester_id, c.recipient_id)
                    WHERE p.role = 'user' AND p.profile_state = 'PUBLISHED'
                    GROUP BY p.email ORDER BY count(*) DESC, p.email LIMIT 1
                    """).query(String.class).single();
            Session member = backend.signIn(viewerEmail, LocalDemoDataService.DEMO_PASSWORD);
            System.out.println("Member viewer: " + viewerEmail);

            Map<String, Object> target = ctx.jdbc().sql("""
                    SELECT user_id, first_name, last_name FROM personal_details
                    WHERE role = 'user' AND profile_state = 'PUBLISHED' AND profile_visibility = 'public'
                      AND length(first_name) >= 6 AND first_name NOT LIKE '% %' AND location LIKE '%, Zimbabwe'
                    ORDER BY email LIMIT 1 OFFSET 100
                    """).query().singleRow();
            UUID targetId = (UUID) target.get("user_id");
            String firstName = (String) target.get("first_name");
            String firstTypo = transpose(firstName);
            String typo = firstTypo + " " + target.get("last_name");
            System.out.println("Typo search: \"" + typo + "\" for " + target.get("first_name") + " " + target.get("last_name"));

            List<Result> results = new ArrayList<>();
            for (var viewer : List.of(Map.entry("member", member), Map.entry("staff", admin))) {
                ProfileService profiles = viewer.getValue().profiles();
                DirectoryPage first = profiles.directory(DirectoryQuery.firstPage());
                DirectoryPage deep = first;
                for (int i = 0; i < 50 && deep.hasMore(); i++) {
                    deep = profiles.directory(DirectoryQuery.firstPage().withCursor(deep.nextCursor()));
                }
                String secondCursor = first.nextCursor();
                String deepCursor = deep.nextCursor();
                List<Case> cases = List.of(
                        new Case("first page (no filter)", DirectoryQuery::firstPage),
                        new Case("next page (keyset)", () -> DirectoryQuery.firstPage().withCursor(secondCursor)),
                        new Case("page 52 (keyset)", () -> DirectoryQuery.firstPage().withCursor(deepCursor)),
                        new Case("type + location (innovators in Harare)", () -> new DirectoryQuery(null,
                                Set.of(ProfileType.INNOVATOR), "Harare", null, null, DirectoryQuery.DEFAULT_LIMIT)),
                        new Case("industry filter (focus \"Fintech\")", () -> new DirectoryQuery(null, Set.of(), null,
                                "Fintech", null, DirectoryQuery.DEFAULT_LIMIT)),
                        new Case("name with a typo (\"" + typo + "\")", () -> new DirectoryQuery(typo, Set.of(), null,
                                null, null, DirectoryQuery.DEFAULT_LIMIT)),
                        new Case("first name only, with a typo (\"" + firstTypo + "\")", () -> new DirectoryQuery(firstTypo,
                                Set.of(), null, null, null, DirectoryQuery.DEFAULT_LIMIT)),
                        new Case("word in bios/details (\"irrigation\")", () -> new DirectoryQuery("irrigation", Set.of(),
                                null, null, null, DirectoryQuery.DEFAULT_LIMIT)),
                        new Case("common word (\"fintech\")", () -> new DirectoryQuery("fintech", Set.of(), null, null,
                                null, DirectoryQuery.DEFAULT_LIMIT)),
                        new Case("prefix (\"agri\")", () -> new DirectoryQuery("agri", Set.of(), null, null, null,
                                DirectoryQuery.DEFAULT_LIMIT)));
                for (Case c : cases) {
                    results.add(measure(viewer.getKey(), c, profiles, warmup, iterations, targetId, firstName));
                }
            }
            print(results, iterations, warmup);
            if (explain) {
                DirectoryExplain.run(ctx, viewerEmail, typo);
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

    private static Result measure(String viewer, Case c, ProfileService profiles, int warmup, int iterations, UUID target,
                                  String targetFirstName) {
        DirectoryQuery query = c.query().get();
        DirectoryPage page = null;
        for (int i = 0; i < warmup; i++) {
            page = profiles.directory(query);
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            page = profiles.directory(query);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        String note = "";
        if (c.name().startsWith("name")) {
            int rank = page.entries().stream().map(DirectoryEntry::memberId).toList().indexOf(target);
            note = rank < 0 ? "intended member NOT on the first page" : "intended member at rank " + (rank + 1);
        } else if (c.name().startsWith("first name only")) {
            long named = page.entries().stream().filter(e -> e.displayName().startsWith(targetFirstName + " ")).count();
            note = named + " of the rows are named " + targetFirstName;
        }
        return new Result(viewer, c.name(), percentile(nanos, 50), percentile(nanos, 95), nanos[nanos.length - 1] / 1e6,
                page.entries().size(), note);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static void print(List<Result> results, int iterations, int warmup) {
        System.out.printf(Locale.ROOT, "%n%d iterations after %d warm-up calls, times in ms:%n%n", iterations, warmup);
        System.out.println("| viewer | query | p50 | p95 | max | rows | note |");
        System.out.println("|---|---|---:|---:|---:|---:|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %d | %s |%n",
                    r.viewer(), r.name(), r.p50(), r.p95(), r.max(), r.rows(), r.note());
        }
    }

    private static void printCommunity(CoreContext ctx) {
        long members = ctx.jdbc().sql("SELECT count(*) FROM personal_details WHERE role = 'user'").query(Long.class).single();
        long connections = ctx.jdbc().sql("SELECT count(*) FROM connections").query(Long.class).single();
        String version = ctx.jdbc().sql("SELECT version()").query(String.class).single();
        System.out.printf(Locale.ROOT, "%,d members, %,d connections; %s; %d processors, Java %s%n", members, connections,
                version, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    /** "Tendai" to "Tednai": the commonest typo, two different letters in the middle swapped. */
    static String transpose(String word) {
        char[] c = word.toCharArray();
        int i = c.length / 2 - 1;
        while (i + 2 < c.length && c[i] == c[i + 1]) {
            i++;
        }
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }
}
