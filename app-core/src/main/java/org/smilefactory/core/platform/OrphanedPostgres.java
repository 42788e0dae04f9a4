package org.smilefactory.core.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether the process named in a data folder's {@code postmaster.pid} is that folder's own
 * PostgreSQL, left running by a crashed app, before anyone signals it (issue 13, decision 0021). After
 * a reboot the PID in a stale {@code postmaster.pid} may belong to any other process of the user (an
 * editor, a browser): that one must never be killed.
 *
 * <p>Ours means: the executable is a {@code postgres} binary (under our runtime folder when we know it)
 * and its arguments name our data directory with {@code -D}. What the JDK can tell differs by system:
 * Linux gives command and arguments of the user's processes, macOS often only the command, Windows
 * usually no arguments. Where it cannot tell, the answer is {@link Verdict#UNKNOWN} and nothing is
 * killed: PostgreSQL's own start-up checks the pid file itself (it refuses to start only if a live
 * postmaster really holds the data directory, and takes over a stale file otherwise).
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    enum Verdict {
        /** Our data folder's postmaster: safe to stop. */
        OURS,
        /** Some other process: leave it alone. */
        NOT_OURS,
        /** The system does not say enough: leave it alone. */
        UNKNOWN
    }

    private OrphanedPostgres() {
    }

    /** What a process looks like, as far as {@link ProcessHandle.Info} tells. */
    record Seen(Optional<String> command, Optional<List<String>> arguments) {
        static Seen of(ProcessHandle process) {
            ProcessHandle.Info info = process.info();
            return new Seen(info.command(), info.arguments().map(List::of));
        }
    }

    /** Whether {@code seen} is the postmaster of {@code pgdata}, its binary under {@code runtime} (null: anywhere). */
    static Verdict judge(Seen seen, Path pgdata, Path runtime) {
        if (seen.command().isEmpty()) {
            return Verdict.UNKNOWN;
        }
        String text = seen.command().get();
        // by text, not Path: the name must be found whichever system's separators the command uses
        String name = text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
        Path command = Path.of(text);
        if (!name.equals("postgres") && !name.equals("postgres.exe")) {
            return Verdict.NOT_OURS;
        }
        if (runtime != null && !normal(command).startsWith(normal(runtime))) {
            return Verdict.NOT_OURS;
        }
        if (seen.arguments().isEmpty()) {
            return Verdict.UNKNOWN;
        }
        List<String> args = seen.arguments().get();
        Path ours = normal(pgdata);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String dir = a.equals("-D") && i + 1 < args.size() ? args.get(i + 1)
                    : a.startsWith("-D") && a.length() > 2 ? a.substring(2)
                    : a.startsWith("--pgdata=") ? a.substring("--pgdata=".length())
                    : null;
            if (dir != null) {
                return normal(Path.of(unquote(dir))).equals(ours) ? Verdict.OURS : Verdict.NOT_OURS;
            }
        }
        return Verdict.NOT_OURS;
    }

    /**
     * Stops the process named in {@code pgdata/postmaster.pid} if it is our orphaned postmaster; logs and
     * leaves it alone otherwise. Returns the verdict (NOT_OURS when no such process lives).
     */
    static Verdict stopIfOurs(long pid, Path pgdata, Path runtime) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Verdict.NOT_OURS;
        }
        Verdict verdict = judge(Seen.of(process.get()), pgdata, runtime);
        switch (verdict) {
            case OURS -> {
                log.warn("Stopping PostgreSQL left running by a previous session (pid {})", pid);
                ProcessHandle orphan = process.get();
                orphan.destroy();
                try {
                    orphan.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    orphan.destroyForcibly();
                }
            }
            case NOT_OURS -> log.info("postmaster.pid in {} names pid {}, which is another program now: left alone", pgdata, pid);
            case UNKNOWN -> log.info("Cannot tell whether pid {} is the PostgreSQL of {}: left alone, PostgreSQL checks its pid file itself",
                    pid, pgdata);
        }
        return verdict;
    }

    private static Path normal(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return abs;
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
