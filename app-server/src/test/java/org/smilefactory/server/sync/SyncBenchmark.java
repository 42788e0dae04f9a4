package org.smilefactory.server.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.events.CheckInOutcome;
import org.smilefactory.core.api.events.CheckInResult;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.testsupport.Hubs;

/**
 * Offline sync on a demo community of size L (issue 7), end to end on loopback: a real app-server in
 * this JVM on the test PostgreSQL, replicas in databases of the same PostgreSQL, the remote backend
 * over HTTP in between. Not a unit test: run it by hand (docs/benchmarks.md, "Offline sync").
 *
 * <pre>
 * mvn -q -pl app-server test-compile exec:java@sync-benchmark -Dexec.args="--changes 10000 --scans 1000"
 * </pre>
 *
 * Measures: taking a staff member's replica of the whole L community (first pull); pushing
 * {@code --changes} profile edits made offline; pulling as many changes on a second replica; a door's
 * check-in latency on its replica (offline) against the same call through the server (online).
 */
public final class SyncBenchmark {

    private SyncBenchmark() {
    }

    public static void main(String[] args) {
        int changes = 10_000;
        int scans = 1_000;
        int warmup = 200;
        DemoSize size = DemoSize.L;
        boolean noAnalyze = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--changes" -> changes = Integer.parseInt(args[++i]);
                case "--scans" -> scans = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--size" -> size = DemoSize.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--no-analyze" -> noAnalyze = true;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + " (options: --changes N --scans N --warmup N --size S|L --no-analyze)");
            }
        }
        List<String> report = new ArrayList<>();
        try (SyncHub hub = SyncHub.inProcess()) {
            // 1. the community
            long t0 = System.nanoTime();
            DemoDataResult demo = hub.admin.demoData().generate(size, null, null);
            report.add(String.format(Locale.ROOT, "demo data %s: %,d members in %.1f s", size, demo.membersCreated(),
                    seconds(System.nanoTime() - t0)));
            // as every benchmark here, measured on fresh planner statistics: right after the generator wrote
            // ~22,000 change log entries, autovacuum has not analysed the log yet and the pull's per-entry
            // EXISTS checks run as scans (a first page then took over the client's 30 s read timeout)
            if (!noAnalyze) {
                hub.db().sql("VACUUM ANALYZE").update();
            }
            Session staff = hub.staff("Bench", "Staff");
            long logged = hub.db().sql("SELECT count(*) FROM sync_change_log").query(Long.class).single();
            report.add(String.format(Locale.ROOT, "server change log: %,d entries", logged));

            // 2. taking the replica (staff: every row)
            Client laptop;
            long start = System.nanoTime();
            laptop = Client.open("laptop", hub.server.uri(), staff.member().email(), Hubs.MEMBER_PASSWORD);
            long opened = System.nanoTime();
            long[] taken = laptop.pull();
            long took = System.nanoTime() - opened;
            int rows = laptop.snapshot().totalRows();
            row(report, "take a replica of demo size " + size + " (staff: every row), right after generating it", taken[0], took,
                    String.format(Locale.ROOT, "%,d rows; waiting for the server %.1f s; opening the replica database "
                            + "(migrated template copy) %.1f s", rows, seconds(laptop.serverNanos), seconds(opened - start)));

            // a second laptop that will pull what the first one pushes; its take is the same again, later
            Client other = Client.open("other laptop", hub.server.uri(), hub.staff("Other", "Staff").member().email(),
                    Hubs.MEMBER_PASSWORD);
            long o0 = System.nanoTime();
            long[] otherTaken = other.pull();
            row(report, "take a replica of demo size " + size + " (staff), a second laptop", otherTaken[0],
                    System.nanoTime() - o0, String.format(Locale.ROOT, "waiting for the server %.1f s",
                            seconds(other.serverNanos)));
            other.syncUntilQuiet();
            laptop.syncUntilQuiet();

            // 3. offline edits, then the push
            List<UUID> members = hub.db().sql("SELECT user_id FROM personal_details WHERE role = 'user' ORDER BY user_id LIMIT :n")
                    .param("n", changes).query(UUID.class).list();
            long[] editNanos = new long[members.size()];
            for (int i = 0; i < members.size(); i++) {
                UUID id = members.get(i);
                long e0 = System.nanoTime();
                ProfileView p = laptop.offline().profiles().get(id);
                laptop.offline().profiles().save(Mutations.edit(p, "Edited offline for the benchmark, change " + i));
                editNanos[i] = System.nanoTime() - e0;
            }
            Arrays.sort(editNanos);
            report.add(String.format(Locale.ROOT, "offline profile edit on the replica (read + save + outbox), %,d edits: "
                    + "p50 %.2f ms, p95 %.2f ms", editNanos.length, ms(pct(editNanos, 50)), ms(pct(editNanos, 95))));
            laptop.serverNanos = 0;
            long p0 = System.nanoTime();
            int[] pushed = laptop.push();
            long pushTime = System.nanoTime() - p0;
            row(report, "push " + members.size() + " profile edits (batches of 200)", pushed[0], pushTime,
                    String.format(Locale.ROOT, "%d applied, %d conflicts, %d rejected; waiting for the server %.1f s",
                            pushed[1], pushed[2], pushed[3], seconds(laptop.serverNanos)));

            // 4. the pull of those changes on the other laptop
            other.serverNanos = 0;
            long q0 = System.nanoTime();
            long[] pulled = other.pull();
            long pullTime = System.nanoTime() - q0;
            row(report, "pull the changes on another replica (pages of 500)", pulled[0], pullTime,
                    String.format(Locale.ROOT, "waiting for the server %.1f s", seconds(other.serverNanos)));
            laptop.pull();
            other.snapshot().assertSameAs(TableSnapshot.of("server", hub.db()));

            // 5. a door: offline on its replica against online through the server
            EventView event = hub.publishedEvent(staff, "Sync benchmark gala", null);
            List<SyncHub.Ticket> tickets = hub.bulkRegistrations(event.id(), 2 * (scans + warmup), "Gala");
            SyncHub.Kiosk kiosk = hub.kiosk(staff, event.id(), "Main door");
            Client door = Client.open("door", hub.server.uri(), kiosk.email(), Hubs.MEMBER_PASSWORD);
            door.syncUntilQuiet();
            Session offline = door.offline();
            Session online = door.online();
            long[] offlineNanos = scanAll(tickets.subList(0, scans + warmup), warmup,
                    t -> () -> offline.events().checkIn(event.id(), t.code()));
            long[] onlineNanos = scanAll(tickets.subList(scans + warmup, 2 * (scans + warmup)), warmup,
                    t -> () -> online.events().checkIn(event.id(), t.code()));
            latency(report, "check-in offline (kiosk replica, scan + outbox row)", offlineNanos);
            latency(report, "check-in online (kiosk through app-server over HTTP)", onlineNanos);
            long s0 = System.nanoTime();
            int[] scanPush = door.push();
            row(report, "push the offline scans", scanPush[0], System.nanoTime() - s0, scanPush[1] + " applied");

            door.close();
            other.close();
            laptop.close();
        }
        System.out.println();
        report.forEach(System.out::println);
    }

    private static long[] scanAll(List<SyncHub.Ticket> tickets, int warmup,
                                  java.util.function.Function<SyncHub.Ticket, Supplier<CheckInResult>> call) {
        long[] nanos = new long[tickets.size() - warmup];
        for (int i = 0; i < tickets.size(); i++) {
            long t0 = System.nanoTime();
            CheckInResult r = call.apply(tickets.get(i)).get();
            long t = System.nanoTime() - t0;
            if (r.outcome() != CheckInOutcome.CHECKED_IN) {
                throw new IllegalStateException("scan " + i + ": " + r.outcome());
            }
            if (i >= warmup) {
                nanos[i - warmup] = t;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void row(List<String> report, String what, long count, long nanos, String note) {
        String line = String.format(Locale.ROOT, "%s: %,d changes in %.2f s = %,.0f changes/s%s", what, count,
                seconds(nanos), count / seconds(nanos), note.isEmpty() ? "" : " (" + note + ")");
        System.out.println(line);
        report.add(line);
    }

    private static void latency(List<String> report, String what, long[] sorted) {
        String line = String.format(Locale.ROOT, "%s, %,d scans: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                what, sorted.length, ms(pct(sorted, 50)), ms(pct(sorted, 95)), ms(pct(sorted, 99)),
                ms(sorted[sorted.length - 1]));
        System.out.println(line);
        report.add(line);
    }

    /** Nearest-rank percentile of sorted values. */
    private static long pct(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
