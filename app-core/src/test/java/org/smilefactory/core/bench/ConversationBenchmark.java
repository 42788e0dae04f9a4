package org.smilefactory.core.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.messaging.ConversationPage;
import org.smilefactory.core.api.messaging.MessagePage;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.demo.DemoDataCommand;
import org.smilefactory.core.demo.LocalDemoDataService;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;

/**
 * Latency of opening a conversation on a hub of {@link DemoSize#L} members (with the demo
 * conversations, plus {@value #HEAVY} conversations topped up to {@value #HEAVY_SIZE} messages),
 * through the real {@code LocalMessagingService} on the embedded PostgreSQL. "Open conversation" is
 * what the Messages area does: the first page of my conversations (with unread counts and previews)
 * plus the newest page of messages of one. Each measured run is a different member. Not a unit test;
 * see docs/benchmarks.md.
 *
 * <pre>
 * mvn -q -pl app-core test-compile exec:java@conversation-benchmark -Dexec.args="--data-dir /tmp/sf-bench-messaging"
 * </pre>
 */
public final class ConversationBenchmark {

    static final int HEAVY = 20;
    static final int HEAVY_SIZE = 1_200;

    private record Result(String name, int runs, int members, double p50, double p95, double max) {
    }

    private ConversationBenchmark() {
    }

    public static void main(String[] args) {
        Path dataDir = Paths.get("/tmp/sf-bench-messaging");
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
            topUpHeavyConversations(ctx);
            ctx.jdbc().sql("VACUUM ANALYZE").update();
            printData(ctx);

            int needed = warmup + iterations;
            List<String> talkers = ctx.jdbc().sql("""
                    SELECT p.email FROM personal_details p
                    WHERE p.role = 'user' AND EXISTS (SELECT 1 FROM conversation_participants cp WHERE cp.user_id = p.user_id)
                    ORDER BY p.email LIMIT ?
                    """).param(needed).query(String.class).list();
            List<String> heavyTalkers = ctx.jdbc().sql("""
                    SELECT DISTINCT p.email FROM personal_details p
                    JOIN conversation_participants cp ON cp.user_id = p.user_id
                    JOIN (SELECT conversation_id FROM messages GROUP BY conversation_id HAVING count(*) >= 1000) h
                      ON h.conversation_id = cp.conversation_id
                    ORDER BY p.email
                    """).query(String.class).list();
            System.out.printf(Locale.ROOT, "Signing in %d members (and %d in 1,000+ message conversations) ...%n",
                    talkers.size(), heavyTalkers.size());
            List<Session> members = talkers.stream().map(e -> backend.signIn(e, LocalDemoDataService.DEMO_PASSWORD)).toList();
            List<Session> heavy = heavyTalkers.stream().map(e -> backend.signIn(e, LocalDemoDataService.DEMO_PASSWORD)).toList();

            List<Result> results = new ArrayList<>();
            results.add(measure("open conversation (my list + newest 50 messages of my latest)", members, warmup, iterations,
                    s -> {
                        ConversationPage list = s.messaging().conversations(null, ConversationPage.DEFAULT_LIMIT);
                        return s.messaging().messages(list.conversations().get(0).id(), null, MessagePage.DEFAULT_LIMIT)
                                .messages().size();
                    }));
            results.add(measure("  of which: my conversation list (30, unread counts, previews)", members, warmup, iterations,
                    s -> s.messaging().conversations(null, ConversationPage.DEFAULT_LIMIT).conversations().size()));
            results.add(measure("open a 1,000+ message conversation (list + newest 50)", heavy, warmup, iterations, s -> {
                UUID id = heaviestOf(ctx, s);
                long t = System.nanoTime();
                s.messaging().conversations(null, ConversationPage.DEFAULT_LIMIT);
                int n = s.messaging().messages(id, null, MessagePage.DEFAULT_LIMIT).messages().size();
                LAST.set(System.nanoTime() - t);
                return n;
            }));
            results.add(measure("older page deep in a 1,000+ message conversation (page 20)", heavy, 5, iterations, s -> {
                UUID id = heaviestOf(ctx, s);
                MessagePage page = s.messaging().messages(id, null, MessagePage.DEFAULT_LIMIT);
                for (int i = 0; i < 18 && page.hasOlder(); i++) {
                    page = s.messaging().messages(id, page.olderCursor(), MessagePage.DEFAULT_LIMIT);
                }
                long t = System.nanoTime();
                int n = s.messaging().messages(id, page.olderCursor(), MessagePage.DEFAULT_LIMIT).messages().size();
                LAST.set(System.nanoTime() - t);
                return n;
            }));
            results.add(measure("poll an open conversation (nothing new)", heavy, warmup, iterations, s -> {
                UUID id = heaviestOf(ctx, s);
                String newest = s.messaging().messages(id, null, 1).messages().get(0).cursor();
                long t = System.nanoTime();
                int n = s.messaging().messagesAfter(id, newest).messages().size();
                LAST.set(System.nanoTime() - t);
                return n;
            }));
            results.add(measure("total unread count", members, warmup, iterations, s -> s.messaging().unreadCount()));
            results.add(measure("notification bell (unread count + newest 30)", members, warmup, iterations, s -> {
                s.notifications().unreadCount();
                return s.notifications().list(null, 30).notifications().size();
            }));
            print(results, iterations, warmup);
        }
    }

    /** Set by a case that times only part of its work (after preparing a cursor); else the whole call counts. */
    private static final ThreadLocal<Long> LAST = new ThreadLocal<>();

    private static UUID heaviestOf(CoreContext ctx, Session s) {
        return ctx.jdbc().sql("""
                SELECT cp.conversation_id FROM conversation_participants cp JOIN messages m ON m.conversation_id = cp.conversation_id
                WHERE cp.user_id = ? GROUP BY cp.conversation_id ORDER BY count(*) DESC, cp.conversation_id LIMIT 1
                """).param(s.member().id()).query(UUID.class).single();
    }

    /** Makes {@value #HEAVY} of the busiest direct conversations hold at least {@value #HEAVY_SIZE} messages. */
    private static void topUpHeavyConversations(CoreContext ctx) {
        long heavy = ctx.jdbc().sql("""
                SELECT count(*) FROM (SELECT conversation_id FROM messages GROUP BY conversation_id HAVING count(*) >= 1000) h
                """).query(Long.class).single();
        if (heavy >= HEAVY) {
            return;
        }
        System.out.printf(Locale.ROOT, "Adding %,d messages to each of %d conversations ...%n", HEAVY_SIZE, HEAVY);
        ctx.tx().executeWithoutResult(status -> ctx.jdbc().sql("""
                WITH pick AS (
                  SELECT c.id, min(cp.user_id::text)::uuid AS a, max(cp.user_id::text)::uuid AS b
                  FROM conversations c JOIN conversation_participants cp ON cp.conversation_id = c.id
                  WHERE c.conversation_type = 'direct'
                  GROUP BY c.id ORDER BY c.created_at, c.id LIMIT :n)
                INSERT INTO messages (message_id, conversation_id, sender_id, recipient_id, content, created_at, read_at)
                SELECT gen_random_uuid(), pick.id,
                       CASE WHEN g % 3 = 0 THEN pick.b ELSE pick.a END, CASE WHEN g % 3 = 0 THEN pick.a ELSE pick.b END,
                       'Benchmark message ' || g || ': notes from the week, numbers for the pilot, and a question.',
                       now() - interval '40 days' + g * interval '41 minutes', now() - interval '1 day'
                FROM pick CROSS JOIN generate_series(1, :size) g
                """).param("n", HEAVY).param("size", HEAVY_SIZE).update());
    }

    private static Result measure(String name, List<Session> sessions, int warmup, int iterations,
                                  Function<Session, Integer> work) {
        for (int i = 0; i < warmup; i++) {
            work.apply(sessions.get((i * 7) % sessions.size()));
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            Session s = sessions.get(i % sessions.size());
            LAST.remove();
            long t = System.nanoTime();
            work.apply(s);
            long whole = System.nanoTime() - t;
            Long part = LAST.get();
            nanos[i] = part == null ? whole : part;
        }
        Arrays.sort(nanos);
        return new Result(name, iterations, Math.min(iterations, sessions.size()), percentile(nanos, 50),
                percentile(nanos, 95), nanos[nanos.length - 1] / 1e6);
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

    private static void printData(CoreContext ctx) {
        var q = ctx.jdbc();
        System.out.printf(Locale.ROOT,
                "%,d members, %,d connections, %,d conversations (%,d group), %,d messages, %,d conversations with 1,000+ messages;"
                        + " %s; %d processors, Java %s%n",
                q.sql("SELECT count(*) FROM personal_details WHERE role = 'user'").query(Long.class).single(),
                q.sql("SELECT count(*) FROM connections").query(Long.class).single(),
                q.sql("SELECT count(*) FROM conversations").query(Long.class).single(),
                q.sql("SELECT count(*) FROM conversations WHERE conversation_type = 'group'").query(Long.class).single(),
                q.sql("SELECT count(*) FROM messages").query(Long.class).single(),
                q.sql("SELECT count(*) FROM (SELECT 1 FROM messages GROUP BY conversation_id HAVING count(*) >= 1000) h")
                        .query(Long.class).single(),
                q.sql("SELECT version()").query(String.class).single(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static void print(List<Result> results, int iterations, int warmup) {
        System.out.printf(Locale.ROOT, "%n%d measured runs after %d warm-up runs, times in ms:%n%n", iterations, warmup);
        System.out.println("| case | runs | distinct members | p50 | p95 | max |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.1f |%n",
                    r.name(), r.runs(), r.members(), r.p50(), r.p95(), r.max());
        }
    }
}
