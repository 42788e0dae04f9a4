package org.smilefactory.core.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.DataFolder;
import org.smilefactory.core.platform.LocalBackend;

/**
 * Fills a hub with the demo community from the command line, setting the hub up first if needed.
 *
 * <pre>
 * mvn -q -pl app-core exec:java -Dexec.args="--size L --data-dir /tmp/sf-bench"
 * </pre>
 *
 * Exit codes: 0 done, 1 failed (one line on stderr says why), 2 bad arguments, 130 cancelled
 * (Ctrl-C: the batch being written finishes, earlier batches stay).
 */
public final class DemoDataCommand {

    public static final String HUB_NAME = "SmileFactory Demo Hub";
    public static final String TIME_ZONE = "Africa/Harare";
    public static final String ADMIN_EMAIL = "admin@" + DemoCommunity.EMAIL_DOMAIN;
    public static final String ADMIN_PASSWORD = "demo-admin-1";

    private static final String USAGE = """
            Usage: DemoDataCommand [--size S|L] [--data-dir PATH | --jdbc-url URL --user U --password P]
                                   [--admin-email EMAIL] [--admin-password PW] [--verbose]
                                   [--posts N] [--comments N] [--likes N]

              --size            S = 200 members (default), L = 10,000 members
              --data-dir        embedded database in this data folder (default: the desktop's data folder)
              --jdbc-url        an existing PostgreSQL instead (with --user and --password)
              --admin-email     the hub administrator (default %s)
              --admin-password  their password (default %s); used to set up a new hub or to sign in
              --verbose         show library logging
              --posts, --comments, --likes
                                bulk content for benchmarks: N more posts (published over the last year),
                                comments (threaded) and likes on public posts, by the hub's members; a hub
                                that already has members is not filled again, the content is added to it

            A hub that is not set up yet is set up as "%s" (%s) with that administrator.
            Demo members sign in with their e-mail address and the password %s.
            """.formatted(ADMIN_EMAIL, ADMIN_PASSWORD, HUB_NAME, TIME_ZONE, LocalDemoDataService.DEMO_PASSWORD);

    record Options(DemoSize size, Path dataDir, String jdbcUrl, String user, String password, String adminEmail,
                   String adminPassword, boolean verbose, int posts, int comments, int likes) {

        Options(DemoSize size, Path dataDir, String jdbcUrl, String user, String password, String adminEmail,
                String adminPassword, boolean verbose) {
            this(size, dataDir, jdbcUrl, user, password, adminEmail, adminPassword, verbose, 0, 0, 0);
        }

        boolean bulk() {
            return posts > 0 || comments > 0 || likes > 0;
        }
    }

    /** Bad command-line arguments. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private DemoDataCommand() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        }
        if (options == null) {
            out.print(USAGE);
            return 0;
        }
        if (!options.verbose()) {
            quietLogging();
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            // Ctrl-C: stop after the current batch and let the embedded database stop cleanly.
            cancelled.set(true);
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "demo-data-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return generate(options, cancelled, out);
        } catch (RuntimeException e) {
            return failed(e, cancelled.get(), err);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting (Ctrl-C): the hook is running and has been released
            }
        }
    }

    /** One line for what we expect to go wrong; a stack trace only for what we did not expect. */
    private static int failed(RuntimeException e, boolean cancelled, PrintStream err) {
        if (cancelled) {
            // Ctrl-C also runs the embedded database's own shutdown hook, which often stops it mid-batch.
            err.println("Cancelled: the batch being written was rolled back; earlier batches stay in the hub.");
            return 130;
        }
        if (e instanceof UnauthenticatedException) {
            err.println("Demo data failed: " + e.getMessage() + " (this hub is already set up: pass its administrator"
                    + " with --admin-email and --admin-password)");
        } else if (e instanceof HubException) {
            // database unavailable, hub not empty, invalid setup values: the message says it all
            err.println("Demo data failed: " + e.getMessage());
        } else {
            err.println("Demo data failed unexpectedly: " + e);
            e.printStackTrace(err);
        }
        return 1;
    }

    private static int generate(Options o, AtomicBoolean cancelled, PrintStream out) {
        String where = o.jdbcUrl() != null ? o.jdbcUrl() : o.dataDir().toString();
        out.println("Opening the hub at " + where + " ...");
        try (Backend backend = o.jdbcUrl() != null
                ? Backends.direct(o.jdbcUrl(), o.user(), o.password())
                : Backends.embedded(o.dataDir())) {
            Session admin;
            if (backend.hubStatus().setupRequired()) {
                out.println("Setting up \"" + HUB_NAME + "\" with administrator " + o.adminEmail());
                admin = backend.completeSetup(new FirstRunSetup(HUB_NAME, TIME_ZONE, "Demo", "Administrator",
                        o.adminEmail(), o.adminPassword()));
            } else {
                admin = backend.signIn(o.adminEmail(), o.adminPassword());
            }
            if (o.bulk() && !admin.demoData().hubIsEmpty()) {
                return addBulk(o, backend, out);
            }
            out.println("Generating demo community of size " + o.size() + " (" + count(o.size().members()) + " members) ...");
            DemoDataResult result = admin.demoData().generate(o.size(),
                    p -> out.printf(Locale.ROOT, "  %3.0f%%  %s%n", p.fraction() * 100, p.step()),
                    cancelled::get);
            String elapsed = seconds(result.elapsed());
            if (result.membersCreated() < o.size().members()) {
                out.println("Cancelled after " + count(result.membersCreated()) + " members (" + elapsed + "); they stay in the hub.");
                return 130;
            }
            out.println("Done: " + count(result.membersCreated()) + " members in " + elapsed + ".");
            if (o.bulk()) {
                addBulk(o, backend, out);
            }
            out.println("Sign in as " + o.adminEmail() + ", or as any demo member (e.g. "
                    + firstMemberEmail() + ") with the password " + LocalDemoDataService.DEMO_PASSWORD + ".");
            return 0;
        }
    }

    private static int addBulk(Options o, Backend backend, PrintStream out) {
        CoreContext context = ((LocalBackend) backend).context();
        List<DemoContent.Member> members = DemoContent.members(context.jdbc());
        out.println("Adding " + count(o.posts()) + " posts, " + count(o.comments()) + " comments and " + count(o.likes())
                + " likes by " + count(members.size()) + " members ...");
        long started = System.nanoTime();
        DemoContent.Added added = new DemoContent(context, DemoCommunity.DEFAULT_SEED).addBulk(members, o.posts(), o.comments(), o.likes(),
                step -> out.println("  " + step));
        out.println("Added " + count(added.posts()) + " posts, " + count(added.comments()) + " comments, "
                + count(added.likes()) + " likes in " + seconds(Duration.ofNanos(System.nanoTime() - started)) + ".");
        return 0;
    }

    static Options parse(String[] args) throws UsageException {
        DemoSize size = DemoSize.S;
        Path dataDir = null;
        String jdbcUrl = null;
        String user = null;
        String password = null;
        String adminEmail = ADMIN_EMAIL;
        String adminPassword = ADMIN_PASSWORD;
        boolean verbose = false;
        int posts = 0;
        int comments = 0;
        int likes = 0;
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.pop();
            switch (arg) {
                case "--size" -> {
                    String value = value(rest, arg).toUpperCase(Locale.ROOT);
                    try {
                        size = DemoSize.valueOf(value);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--size must be S or L, not " + value);
                    }
                }
                case "--data-dir" -> dataDir = Paths.get(value(rest, arg));
                case "--jdbc-url" -> jdbcUrl = value(rest, arg);
                case "--user" -> user = value(rest, arg);
                case "--password" -> password = value(rest, arg);
                case "--admin-email" -> adminEmail = value(rest, arg);
                case "--admin-password" -> adminPassword = value(rest, arg);
                case "--verbose" -> verbose = true;
                case "--posts" -> posts = number(rest, arg);
                case "--comments" -> comments = number(rest, arg);
                case "--likes" -> likes = number(rest, arg);
                case "--help", "-h" -> {
                    return null;
                }
                default -> throw new UsageException("Unknown argument: " + arg);
            }
        }
        if (jdbcUrl != null && dataDir != null) {
            throw new UsageException("Use either --data-dir or --jdbc-url, not both.");
        }
        if (jdbcUrl == null && (user != null || password != null)) {
            throw new UsageException("--user and --password go with --jdbc-url.");
        }
        if (jdbcUrl != null && user == null) {
            throw new UsageException("--jdbc-url needs --user (and --password).");
        }
        if (jdbcUrl == null && dataDir == null) {
            dataDir = DataFolder.resolve();
        }
        return new Options(size, dataDir, jdbcUrl, user, password == null ? "" : password, adminEmail, adminPassword, verbose,
                posts, comments, likes);
    }

    private static int number(Deque<String> rest, String option) throws UsageException {
        String value = value(rest, option).replace("_", "").replace(",", "");
        try {
            int n = Integer.parseInt(value);
            if (n < 0 || n > 10_000_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number from 0 to 10,000,000, not " + value);
        }
    }

    private static String value(Deque<String> rest, String option) throws UsageException {
        if (rest.isEmpty() || rest.peek().startsWith("--")) {
            throw new UsageException(option + " needs a value.");
        }
        return rest.pop();
    }

    private static String firstMemberEmail() {
        return new DemoCommunity(DemoCommunity.DEFAULT_SEED, java.time.Year.now().getValue()).person(0).email();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /**
     * Without a logback.xml, logback prints everything at DEBUG. The command reports every outcome
     * itself (and prints the stack trace of an unexpected failure), so library logging is off
     * unless {@code --verbose}.
     */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }
}
