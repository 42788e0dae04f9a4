package org.smilefactory.core.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.events.CheckInOutcome;
import org.smilefactory.core.api.events.CheckInResult;
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventPage;
import org.smilefactory.core.api.events.EventQuery;
import org.smilefactory.core.api.events.EventService;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.demo.DemoDataCommand;
import org.smilefactory.core.events.TicketCodes;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kiosk scan-to-result latency at an event with 5,000 registrations, measured through the real
 * {@code LocalEventService} as the kiosk account on the embedded PostgreSQL: each {@code checkIn} call
 * includes the ticket lookup, the conditional check-in update and the scan record, in one
 * transaction. Also the events list page (300 upcoming events) as a member. Not a unit test: run it
 * by hand, see docs/benchmarks.md.
 *
 * <pre>
 * mvn -q -pl app-core test-compile exec:java@kiosk-benchmark -Dexec.args="--data-dir /tmp/sf-kiosk-bench"
 * </pre>
 *
 * Fills the folder on first use (5,000 members, the event and its registrations, 300 other events);
 * later runs reset the event's check-ins so every run scans the same way. Options: {@code --scans N}
 * (first check-ins measured, default 2000, at most 4,500), {@code --warmup N} (default 300).
 */
public final class KioskBenchmark {

    static final String EVENT_TITLE = "Kiosk benchmark: Harare Innovation Summit";
    static final String KIOSK_EMAIL = "kiosk-bench-door@bench.example";
    static final String KIOSK_PASSWORD = "kiosk-bench-password";
    static final int REGISTRATIONS = 5_000;
    static final int OTHER_EVENTS = 300;

    private record Result(String name, long[] sortedNanos, String note) {
    }

    private KioskBenchmark() {
    }

    public static void main(String[] args) {
        Path dataDir = Paths.get("/tmp/sf-kiosk-bench");
        int scans = 2_000;
        int warmup = 300;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Paths.get(args[++i]);
                case "--scans" -> scans = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (scans + warmup > REGISTRATIONS - 200) {
            throw new IllegalArgumentException("--scans + --warmup must leave 200 of the 5,000 tickets unscanned");
        }
        try (Backend backend = Backends.embedded(dataDir)) {
            Session admin = adminOf(backend);
            CoreContext ctx = ((LocalBackend) backend).context();
            UUID eventId = ctx.jdbc().sql("SELECT id FROM events WHERE title = ?").param(EVENT_TITLE)
                    .query(UUID.class).optional().orElseGet(() -> fill(admin, ctx));
            // every run starts from an event nobody has checked in to yet
            ctx.jdbc().sql("UPDATE event_attendees SET check_in_time = NULL, checked_in_by = NULL, check_in_source = NULL WHERE event_id = ?")
                    .param(eventId).update();
            ctx.jdbc().sql("DELETE FROM event_check_in_scans WHERE event_id = ?").param(eventId).update();
            ctx.jdbc().sql("VACUUM ANALYZE").update();
            List<String> codes = ctx.jdbc().sql("SELECT ticket_code FROM event_attendees WHERE event_id = ? ORDER BY id")
                    .param(eventId).query(String.class).list();
            printSetting(ctx, eventId, codes.size());

            EventService kiosk = backend.signIn(KIOSK_EMAIL, KIOSK_PASSWORD).events();
            int next = 0;
            for (int i = 0; i < warmup; i++) {
                expect(kiosk.checkIn(eventId, codes.get(next++)), CheckInOutcome.CHECKED_IN);
                expect(kiosk.checkIn(eventId, codes.get(i)), CheckInOutcome.ALREADY_CHECKED_IN);
                expect(kiosk.checkIn(eventId, "warm-up-garbage-" + i), CheckInOutcome.UNKNOWN_CODE);
            }
            List<Result> results = new ArrayList<>();
            long[] first = new long[scans];
            long[] again = new long[scans];
            long[] garbage = new long[scans];
            int firstScanned = next;
            for (int i = 0; i < scans; i++) {
                String code = codes.get(next++);
                long t = System.nanoTime();
                CheckInResult r = kiosk.checkIn(eventId, code);
                first[i] = System.nanoTime() - t;
                expect(r, CheckInOutcome.CHECKED_IN);
            }
            for (int i = 0; i < scans; i++) {
                String code = codes.get(firstScanned + i);
                long t = System.nanoTime();
                CheckInResult r = kiosk.checkIn(eventId, code);
                again[i] = System.nanoTime() - t;
                expect(r, CheckInOutcome.ALREADY_CHECKED_IN);
            }
            for (int i = 0; i < scans; i++) {
                String code = TicketCodes.next();
                long t = System.nanoTime();
                CheckInResult r = kiosk.checkIn(eventId, code);
                garbage[i] = System.nanoTime() - t;
                expect(r, CheckInOutcome.UNKNOWN_CODE);
            }
            long[] all = new long[scans * 3];
            System.arraycopy(first, 0, all, 0, scans);
            System.arraycopy(again, 0, all, scans, scans);
            System.arraycopy(garbage, 0, all, 2 * scans, scans);
            results.add(result("first scan of a ticket (CHECKED_IN)", first, ""));
            results.add(result("same ticket again (ALREADY_CHECKED_IN)", again, ""));
            results.add(result("unknown code (UNKNOWN_CODE)", garbage, ""));
            results.add(result("all scans", all, ""));
            long recorded = ctx.jdbc().sql("SELECT count(*) FROM event_check_in_scans WHERE event_id = ?").param(eventId)
                    .query(Long.class).single();
            System.out.printf(Locale.ROOT, "%n%,d scans recorded in event_check_in_scans (warm-up included)%n", recorded);
            printScans(results, scans, warmup);

            Session member = backend.signIn(ctx.jdbc().sql("SELECT email FROM personal_details WHERE email LIKE 'kiosk-bench-m%' ORDER BY email LIMIT 1")
                    .query(String.class).single(), KIOSK_PASSWORD);
            EventService events = member.events();
            EventPage firstPage = events.list(EventQuery.upcoming());
            String second = firstPage.nextCursor();
            List<Result> listResults = new ArrayList<>();
            listResults.add(measureList("first page, upcoming", () -> events.list(EventQuery.upcoming())));
            listResults.add(measureList("next page (keyset)", () -> events.list(EventQuery.upcoming().withCursor(second))));
            listResults.add(measureList("type filter (workshops)", () -> events.list(new EventQuery(Set.of(EventType.WORKSHOP),
                    Set.of(), null, null, null, EventQuery.DEFAULT_LIMIT))));
            listResults.add(measureList("event detail (5,000 registrations)", () -> {
                events.get(eventId);
                return null;
            }));
            printList(listResults);
        }
    }

    private static void expect(CheckInResult r, CheckInOutcome outcome) {
        if (r.outcome() != outcome) {
            throw new IllegalStateException("Expected " + outcome + " but the kiosk said " + r.outcome());
        }
    }

    private static Result measureList(String name, Supplier<EventPage> call) {
        for (int i = 0; i < 50; i++) {
            call.get();
        }
        long[] nanos = new long[300];
        EventPage page = null;
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            page = call.get();
            nanos[i] = System.nanoTime() - t;
        }
        return result(name, nanos, page == null ? "1 event" : page.items().size() + " rows");
    }

    private static Result result(String name, long[] nanos, String note) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Result(name, sorted, note);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static void printScans(List<Result> results, int scans, int warmup) {
        System.out.printf(Locale.ROOT, "%n%,d scans of each kind after %d warm-up rounds, times in ms:%n%n", scans, warmup);
        System.out.println("| scan | p50 | p95 | p99 | max |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", r.name(), percentile(r.sortedNanos(), 50),
                    percentile(r.sortedNanos(), 95), percentile(r.sortedNanos(), 99), r.sortedNanos()[r.sortedNanos().length - 1] / 1e6);
        }
    }

    private static void printList(List<Result> results) {
        System.out.printf(Locale.ROOT, "%nEvents list as a member, 300 calls after 50 warm-up calls, times in ms:%n%n");
        System.out.println("| query | p50 | p95 | max | rows |");
        System.out.println("|---|---:|---:|---:|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |%n", r.name(), percentile(r.sortedNanos(), 50),
                    percentile(r.sortedNanos(), 95), r.sortedNanos()[r.sortedNanos().length - 1] / 1e6, r.note());
        }
    }

    private static void printSetting(CoreContext ctx, UUID eventId, int registrations) {
        long events = ctx.jdbc().sql("SELECT count(*) FROM events").query(Long.class).single();
        long members = ctx.jdbc().sql("SELECT count(*) FROM personal_details").query(Long.class).single();
        String version = ctx.jdbc().sql("SELECT version()").query(String.class).single();
        System.out.printf(Locale.ROOT, "Event %s: %,d registrations; %,d events, %,d accounts in the hub; %s; %d processors, Java %s%n",
                eventId, registrations, events, members, version, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
    }

    private static Session adminOf(Backend backend) {
        if (backend.hubStatus().setupRequired()) {
            return backend.completeSetup(new FirstRunSetup(DemoDataCommand.HUB_NAME, DemoDataCommand.TIME_ZONE, "Demo",
                    "Administrator", DemoDataCommand.ADMIN_EMAIL, DemoDataCommand.ADMIN_PASSWORD));
        }
        return backend.signIn(DemoDataCommand.ADMIN_EMAIL, DemoDataCommand.ADMIN_PASSWORD);
    }

    /**
     * The members and registrations are bulk-inserted (5,000 bcrypt hashes through the contract would
     * take minutes); the event, its publication and the kiosk account go through the contract.
     */
    private static UUID fill(Session admin, CoreContext ctx) {
        System.out.println("Filling the benchmark hub: 5,000 members, the event, 300 other events ...");
        long started = System.nanoTime();
        String hash = ctx.passwords().hash(KIOSK_PASSWORD);
        ctx.jdbc().sql("""
                INSERT INTO personal_details (user_id, email, password_hash, first_name, last_name, role, profile_state,
                                              profile_visibility, profile_completion, search_vector)
                SELECT gen_random_uuid(), 'kiosk-bench-m' || lpad(i::text, 5, '0') || '@bench.example', :hash,
                       (ARRAY['Tendai','Rudo','Farai','Nyasha','Tatenda','Chipo','Kuda','Vimbai','Tapiwa','Rumbi'])[1 + i % 10],
                       (ARRAY['Moyo','Ncube','Dube','Sibanda','Chikwanha','Mutasa','Ndlovu','Banda','Phiri','Zulu'])[1 + (i / 10) % 10] || ' ' || i,
                       'user', 'DRAFT', 'public', 0, NULL
                FROM generate_series(1, :n) AS i
                """).param("hash", hash).param("n", REGISTRATIONS).update();
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Africa/Harare")).plusDays(30).truncatedTo(ChronoUnit.HOURS).withHour(8);
        EventView draft = admin.events().save(new SaveEvent(null, 0, EVENT_TITLE, "5,000 registrations at the door.",
                EventType.CONFERENCE, start, start.plusHours(9), "Africa/Harare", "Harare International Conference Centre",
                null, false, REGISTRATIONS, null, null, "USD", List.of("benchmark")));
        EventView event = admin.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED);
        List<UUID> members = ctx.jdbc().sql("SELECT user_id FROM personal_details WHERE email LIKE 'kiosk-bench-m%' ORDER BY email")
                .query(UUID.class).list();
        List<Object[]> rows = new ArrayList<>(members.size());
        Instant registered = Instant.now().minus(Duration.ofDays(10));
        for (int i = 0; i < members.size(); i++) {
            rows.add(new Object[] {Ids.next(), event.id(), members.get(i), Timestamp.from(registered.plusSeconds(i)),
                TicketCodes.next()});
        }
        new JdbcTemplate(ctx.dataSource()).batchUpdate("""
                INSERT INTO event_attendees (id, event_id, user_id, status, role, registered_at, updated_at, ticket_code, version)
                VALUES (?, ?, ?, 'confirmed', 'attendee', ?, now(), ?, 0)
                """, rows);
        ctx.jdbc().sql("""
                INSERT INTO events (id, title, description, event_type, start_date_time, end_date_time, timezone, location,
                                    max_attendees, organizer_id, status, price, currency, created_at, updated_at, version)
                SELECT gen_random_uuid(), 'Benchmark event ' || i, 'One of many', 
                       (ARRAY['conference','workshop','networking','webinar','meetup','pitch','demo'])[1 + i % 7],
                       now() + make_interval(days => 1 + i), now() + make_interval(days => 1 + i, hours => 3),
                       'Africa/Harare', 'Harare', 50, :organiser, 'published', 0, 'USD', now(), now(), 0
                FROM generate_series(1, :n) AS i
                """).param("organiser", admin.member().id()).param("n", OTHER_EVENTS).update();
        admin.events().createKiosk(event.id(), new CreateKiosk(KIOSK_EMAIL, KIOSK_PASSWORD, "Bench door", "2468"));
        System.out.printf(Locale.ROOT, "Filled in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return event.id();
    }
}
