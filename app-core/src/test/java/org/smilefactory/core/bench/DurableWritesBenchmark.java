package org.smilefactory.core.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;

/**
 * What {@code synchronous_commit = on} costs (issue 14): T threads, each as its own member, write N
 * times a post and a like of it (two transactions) through the real {@code LocalContentService} on
 * the embedded PostgreSQL, once with {@code synchronous_commit} off (the library's old default) and
 * once on, side by side in one run, alternating off/on/off/on so both see the same machine. Not a
 * unit test: run it by hand, see docs/benchmarks.md.
 *
 * <pre>
 * mvn -q -pl app-core test-compile exec:java@durable-writes-benchmark -Dexec.args="--data-dir /tmp/sf-durable-bench"
 * </pre>
 *
 * "off" is set for the role ({@code ALTER ROLE ... SET}, which outranks the server's command line) and
 * the pool's connections are renewed; it is reset when the run ends. Options: {@code --threads T}
 * (default 20), {@code --writes N} per thread and round (default 50).
 */
public final class DurableWritesBenchmark {

    private DurableWritesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        Path dataDir = Path.of(option(a, "--data-dir", System.getProperty("java.io.tmpdir") + "/sf-durable-bench"));
        int threads = Integer.parseInt(option(a, "--threads", "20"));
        int writes = Integer.parseInt(option(a, "--writes", "50"));
        try (Backend backend = Backends.embedded(dataDir, threads + 2)) {
            LocalBackend local = (LocalBackend) backend;
            Session admin = backend.hubStatus().setupRequired()
                    ? backend.completeSetup(Hubs.setup("bench-admin@bench.example"))
                    : backend.signIn("bench-admin@bench.example", Hubs.ADMIN_PASSWORD);
            List<Session> writers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                writers.add(Hubs.member(backend, admin, Role.USER, "Bench" + i, "Writer"));
            }
            System.out.printf(Locale.ROOT, "%d threads x %d posts + %d likes per round; %s%n", threads, writes, writes,
                    local.info().databaseVersion());
            System.out.println("| synchronous_commit | writes | seconds | writes/s | p50 ms | p95 ms | p99 ms |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            try {
                for (String mode : List.of("off", "on", "off", "on")) {
                    setSynchronousCommit(local, mode);
                    round(writers, writes, mode, local);
                }
            } finally {
                local.context().jdbc().sql("ALTER ROLE postgres RESET synchronous_commit").update();
            }
        }
    }

    private static void setSynchronousCommit(LocalBackend local, String mode) throws java.sql.SQLException {
        local.context().jdbc().sql("ALTER ROLE postgres SET synchronous_commit = " + ("off".equals(mode) ? "off" : "on")).update();
        // role settings apply to new connections: renew the pool's
        local.context().dataSource().unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    private static void round(List<Session> writers, int writes, String mode, LocalBackend local) throws Exception {
        // warm up and check that the pool's new connections run with the mode asked for
        String actual = local.context().jdbc().sql("SHOW synchronous_commit").query(String.class).single();
        long[][] latencies = new long[writers.size()][writes * 2];
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger failures = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < writers.size(); t++) {
            Session s = writers.get(t);
            long[] mine = latencies[t];
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < writes; i++) {
                        long start = System.nanoTime();
                        UUID post = s.content().createPost(PostInput.of(PostType.GENERAL, "Bench " + i, "Durable"), true).id();
                        long mid = System.nanoTime();
                        s.content().likePost(post);
                        long end = System.nanoTime();
                        mine[2 * i] = mid - start;
                        mine[2 * i + 1] = end - mid;
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                }
            });
            thread.start();
            threads.add(thread);
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %s%s | %d | %.2f | %.0f | %.1f | %.1f | %.1f |%n", mode,
                actual.equals(mode) ? "" : " (server said " + actual + ")", all.length, seconds, all.length / seconds,
                pct(all, 50), pct(all, 95), pct(all, 99));
        if (failures.get() > 0) {
            System.out.println("failed writers: " + failures.get());
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
