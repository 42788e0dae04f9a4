package org.smilefactory.core.platform;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.backup.BackupInfo;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.backup.BackupSettings;
import org.smilefactory.core.backup.Backups;

/**
 * Backups from the command line, for the desktop launcher and the server jar alike:
 *
 * <pre>
 * SmileFactoryHub --backup [--data-dir PATH]
 * SmileFactoryHub --list-backups [--data-dir PATH]
 * SmileFactoryHub --restore FILE [--data-dir PATH]
 * java -jar app-server.jar --restore FILE [--data-dir server-data]
 * </pre>
 *
 * The command opens the embedded database itself, so it runs only while the app (or server) using that
 * data folder is stopped: the folder lock refuses it otherwise. Whoever may open the data folder may
 * restore it (they hold its database password already), so no sign-in is asked for.
 *
 * <p>Exit codes: 0 done, 1 failed (one line on stderr says why), 2 bad arguments.
 */
public final class BackupCommand {

    private static final String USAGE = """
            Usage: --backup | --list-backups | --restore FILE   [--data-dir PATH]

              --backup          write a backup of the hub to <data folder>/backups now (the oldest beyond the
                                number kept, smilefactory.backup.keep, default %d, are deleted)
              --list-backups    list the backups in <data folder>/backups, newest first
              --restore FILE    replace the hub's data with the backup FILE (a path, or a name from
                                --list-backups); the current data is backed up first
              --data-dir PATH   the hub's data folder (default: %s)

            Run it while the app or server using that data folder is stopped.
            """;

    enum Action { BACKUP, LIST, RESTORE }

    record Options(Action action, Path file, Path dataDir) {
    }

    private BackupCommand() {
    }

    /** True when {@code args} ask for a backup action (the launcher then runs this instead of the app). */
    public static boolean wanted(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.equals("--backup") || a.equals("--list-backups")
                || a.equals("--restore") || a.startsWith("--restore="));
    }

    /** Runs the action in {@code args} on the data folder given there, else {@code defaultDataDir}. */
    public static int run(String[] args, Path defaultDataDir, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args, defaultDataDir);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println();
            err.printf(Locale.ROOT, USAGE, BackupSettings.DEFAULT_KEEP, defaultDataDir);
            return 2;
        }
        quietLogging();
        long started = System.nanoTime();
        try (Backend backend = Backends.embedded(options.dataDir())) {
            LocalBackend local = (LocalBackend) backend;
            Backups backups = local.backups().orElseThrow();
            switch (options.action()) {
                case BACKUP -> {
                    out.println("Backing up " + options.dataDir() + " ...");
                    BackupInfo info = backups.backUp(null);
                    out.printf(Locale.ROOT, "Backup written: %s (%s, %,d rows, %d media files) in %.1f s%n",
                            backups.folder().resolve(info.name()), size(info.sizeBytes()), info.rows(), info.mediaFiles(),
                            seconds(started));
                }
                case LIST -> {
                    List<BackupInfo> all = backups.list();
                    if (all.isEmpty()) {
                        out.println("No backups in " + backups.folder());
                    }
                    for (BackupInfo info : all) {
                        out.printf(Locale.ROOT, "%s  %s  %10s  %,12d rows%n", info.name(), info.createdAt(),
                                size(info.sizeBytes()), info.rows());
                    }
                }
                case RESTORE -> {
                    Path file = resolve(options.file(), backups);
                    out.println("Restoring " + file + " into " + options.dataDir() + " ...");
                    Backups.SafeRestore done = backups.restoreWithSafetyBackup(file, null);
                    AuditLog.record(local.context().jdbc(), null, "backup.restore", "hub", null, null,
                            Map.of("name", file.getFileName().toString(), "rows", done.rows(),
                                    "safetyBackup", done.safetyBackup().name(), "by", "command line"));
                    out.printf(Locale.ROOT, "Restored %,d rows in %.1f s. The data before the restore is in %s.%n",
                            done.rows(), seconds(started), done.safetyBackup().name());
                }
                default -> throw new IllegalStateException(options.action().toString());
            }
            return 0;
        } catch (HubException e) {
            err.println("Backup failed: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Backup failed: " + e.getMessage());
            e.printStackTrace(err);
            return 1;
        }
    }

    static Options parse(String[] args, Path defaultDataDir) {
        Action action = null;
        Path file = null;
        Path dataDir = null;
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.pop();
            if (arg.startsWith("--restore=")) {
                action = one(action, Action.RESTORE);
                file = Paths.get(arg.substring("--restore=".length()));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Paths.get(arg.substring("--data-dir=".length()));
            } else {
                switch (arg) {
                    case "--backup" -> action = one(action, Action.BACKUP);
                    case "--list-backups" -> action = one(action, Action.LIST);
                    case "--restore" -> {
                        action = one(action, Action.RESTORE);
                        file = Paths.get(value(rest, arg));
                    }
                    case "--data-dir" -> dataDir = Paths.get(value(rest, arg));
                    default -> {
                        // the launchers pass their own options (e.g. Spring's --smilefactory.server.*): ignored
                    }
                }
            }
        }
        if (action == null) {
            throw new IllegalArgumentException("Say --backup, --list-backups or --restore FILE.");
        }
        return new Options(action, file, (dataDir != null ? dataDir : defaultDataDir).toAbsolutePath().normalize());
    }

    /** A bare backup name is looked up in the backups folder; anything else is a path. */
    private static Path resolve(Path file, Backups backups) {
        if (file.getNameCount() == 1 && !file.toFile().exists()) {
            return backups.file(file.toString());
        }
        return file.toAbsolutePath();
    }

    private static Action one(Action current, Action next) {
        if (current != null && current != next) {
            throw new IllegalArgumentException("Use one of --backup, --list-backups and --restore at a time.");
        }
        return next;
    }

    private static String value(Deque<String> rest, String option) {
        if (rest.isEmpty() || rest.peek().startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return rest.pop();
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.0f kB", Math.ceil(bytes / 1024.0));
    }

    private static double seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 1000.0;
    }

    /** The command reports every outcome itself; library logging (Flyway, Hikari) would drown it. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
