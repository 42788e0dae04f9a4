package org.smilefactory.core.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether the process named in a data folder's {@code postmaster.pid} is that folder's own
 * PostgreSQL, left running by a crashed app, before anyone stops it (issue 13, decisions 0021 and 0029).
 * After a reboot the PID in a stale {@code postmaster.pid} may belong to any other process of the user
 * (an editor, a browser): that one must never be killed.
 *
 * <p>Ours means: the executable is a {@code postgres} binary (under our runtime folder when we know it),
 * and either its arguments name our data directory with {@code -D} (Linux gives the arguments of the
 * user's processes, macOS mostly does), or, where the system gives no arguments (Windows never does,
 * macOS sometimes not), the pid file names our data directory and the process started when the pid file
 * says its postmaster started: a pid reused after a reboot belongs to a process started at another time.
 * Where neither can be told, the answer is {@link Verdict#UNKNOWN} and nothing is stopped: PostgreSQL's
 * own start-up checks the pid file itself.
 *
 * <p>Stopping differs by system ({@link #stopMethod}): on Linux and macOS SIGTERM (PostgreSQL's smart
 * shutdown; the crashed app's connections are gone), on Windows, which has no signals,
 * {@code pg_ctl stop -m fast} of the same binaries, which reaches the postmaster through PostgreSQL's own
 * signal emulation; {@link ProcessHandle#destroy()} there would be TerminateProcess, a crash.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    /**
     * How far the process's start time as the system reports it may be from the second the postmaster
     * wrote: it is whole seconds, and the postmaster writes it a moment after the process was created.
     */
    static final Duration START_TOLERANCE = Duration.ofSeconds(3);

    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    enum Verdict {
        /** Our data folder's postmaster: safe to stop. */
        OURS,
        /** Some other process: leave it alone. */
        NOT_OURS,
        /** The system does not say enough: leave it alone. */
        UNKNOWN
    }

    /** How an orphan of ours is stopped. */
    enum StopMethod {
        /** SIGTERM ({@link ProcessHandle#destroy()} on Linux and macOS). */
        TERMINATE_SIGNAL,
        /** {@code pg_ctl stop -m fast} of the orphan's own binaries (Windows). */
        PG_CTL_STOP,
        /** {@link ProcessHandle#destroyForcibly()}: Windows without a {@code pg_ctl} beside the orphan. */
        FORCE
    }

    private OrphanedPostgres() {
    }

    /** What a process looks like, as far as {@link ProcessHandle.Info} tells. */
    record Seen(Optional<String> command, Optional<List<String>> arguments, Optional<Instant> started) {

        Seen(Optional<String> command, Optional<List<String>> arguments) {
            this(command, arguments, Optional.empty());
        }

        static Seen of(ProcessHandle process) {
            ProcessHandle.Info info = process.info();
            return new Seen(info.command(), info.arguments().map(List::of), info.startInstant());
        }
    }

    /** As {@link #judge(Seen, Optional, Path, Path)} without a pid file to compare with. */
    static Verdict judge(Seen seen, Path pgdata, Path runtime) {
        return judge(seen, Optional.empty(), pgdata, runtime);
    }

    /**
     * Whether {@code seen} is the postmaster of {@code pgdata}, its binary under {@code runtime} (null:
     * anywhere), given what that folder's {@code postmaster.pid} says (empty: unknown).
     */
    static Verdict judge(Seen seen, Optional<PostmasterPid> pidFile, Path pgdata, Path runtime) {
        if (seen.command().isEmpty()) {
            return Verdict.UNKNOWN;
        }
        String text = seen.command().get();
        // by text, not Path: the name must be found whichever system's separators the command uses
        String name = text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
        if (!name.equals("postgres") && !name.equals("postgres.exe")) {
            return Verdict.NOT_OURS;
        }
        if (runtime != null && !normal(text).startsWith(normal(runtime.toString()))) {
            return Verdict.NOT_OURS;
        }
        if (seen.arguments().isPresent() && !seen.arguments().get().isEmpty()) {
            List<String> args = seen.arguments().get();
            Path ours = normal(pgdata.toString());
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                String dir = a.equals("-D") && i + 1 < args.size() ? args.get(i + 1)
                        : a.startsWith("-D") && a.length() > 2 ? a.substring(2)
                        : a.startsWith("--pgdata=") ? a.substring("--pgdata=".length())
                        : null;
                if (dir != null) {
                    return normal(unquote(dir)).equals(ours) ? Verdict.OURS : Verdict.NOT_OURS;
                }
            }
            return Verdict.NOT_OURS;
        }
        // no arguments (Windows, often macOS): the pid file and the process's start time must agree
        if (pidFile.isEmpty()) {
            return Verdict.UNKNOWN;
        }
        Optional<String> dir = pidFile.get().dataDirectory();
        if (dir.isPresent() && !normal(dir.get()).equals(normal(pgdata.toString()))) {
            // the folder was moved or copied here while its postmaster ran elsewhere: not on our files
            return Verdict.NOT_OURS;
        }
        if (seen.started().isEmpty() || pidFile.get().started().isEmpty()) {
            return Verdict.UNKNOWN;
        }
        Duration apart = Duration.between(pidFile.get().started().get(), seen.started().get()).abs();
        return apart.compareTo(START_TOLERANCE) <= 0 ? Verdict.OURS : Verdict.NOT_OURS;
    }

    /** How an orphan is stopped on {@code os}, given whether a {@code pg_ctl} lies beside its binary. */
    static StopMethod stopMethod(Os os, boolean pgCtlBesideIt) {
        if (os.isPosix()) {
            return StopMethod.TERMINATE_SIGNAL;
        }
        return pgCtlBesideIt ? StopMethod.PG_CTL_STOP : StopMethod.FORCE;
    }

    /**
     * The {@code pg_ctl stop} command line for an orphan whose binary is {@code postgresCommand}: the
     * {@code pg_ctl} of the same installation (so of the same version), fast shutdown (roll back open
     * transactions, no waiting for clients), waiting for it to finish.
     */
    static List<String> pgCtlStop(Os os, Path postgresCommand, Path pgdata) {
        return List.of(postgresCommand.resolveSibling(os.executable("pg_ctl")).toString(),
                "stop", "-D", pgdata.toString(), "-m", "fast", "-w", "-t", String.valueOf(STOP_WAIT.toSeconds()));
    }

    /**
     * Stops the process named in {@code pgdata/postmaster.pid} if it is our orphaned postmaster; logs and
     * leaves it alone otherwise. Returns the verdict (NOT_OURS when no such process lives).
     */
    static Verdict stopIfOurs(PostmasterPid pidFile, Path pgdata, Path runtime, Os os) {
        long pid = pidFile.pid();
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Verdict.NOT_OURS;
        }
        Seen seen = Seen.of(process.get());
        Verdict verdict = judge(seen, Optional.of(pidFile), pgdata, runtime);
        switch (verdict) {
            case OURS -> stop(process.get(), seen, pgdata, os);
            case NOT_OURS -> log.info("postmaster.pid in {} names pid {}, which is another program now: left alone", pgdata, pid);
            case UNKNOWN -> log.info("Cannot tell whether pid {} is the PostgreSQL of {}: left alone, PostgreSQL checks its pid file itself",
                    pid, pgdata);
        }
        return verdict;
    }

    private static void stop(ProcessHandle orphan, Seen seen, Path pgdata, Os os) {
        Optional<Path> binary = seen.command().map(Path::of);
        boolean pgCtl = binary.map(b -> Files.isRegularFile(b.resolveSibling(os.executable("pg_ctl")))).orElse(false);
        StopMethod method = stopMethod(os, pgCtl);
        log.warn("Stopping PostgreSQL left running by a previous session (pid {}, {})", orphan.pid(), method);
        switch (method) {
            case TERMINATE_SIGNAL -> orphan.destroy();
            case PG_CTL_STOP -> runPgCtlStop(pgCtlStop(os, binary.orElseThrow(), pgdata));
            case FORCE -> orphan.destroyForcibly();
        }
        try {
            orphan.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("PostgreSQL pid {} did not stop in {} s: killing it; it recovers from its log on the next start",
                    orphan.pid(), STOP_WAIT.toSeconds());
            orphan.destroyForcibly();
        }
    }

    private static void runPgCtlStop(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            log.warn("pg_ctl stop could not run: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A path as text, absolute and normalised, through symbolic links where it exists here. */
    private static Path normal(String text) {
        Path abs;
        try {
            abs = Path.of(text).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            // a Windows path seen on another system in tests, or the reverse: compare as written
            return Path.of(text.replace('\\', '/').replace(":", ""));
        }
        try {
            return abs.toRealPath();
        } catch (IOException | SecurityException e) {
            return abs;
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
