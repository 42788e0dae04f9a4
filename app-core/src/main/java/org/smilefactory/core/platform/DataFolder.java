package org.smilefactory.core.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the desktop keeps its database, settings, media and logs (see ARCHITECTURE.md, decision 0029):
 * {@code SMILEFACTORY_HOME} (or {@code -Dsmilefactory.home}) if set, else the system's convention for
 * data that belongs to this computer:
 * <ul>
 * <li>Windows: {@code %LOCALAPPDATA%\SmileFactory}. Not {@code %APPDATA%}: that is the roaming profile,
 *     copied to a server at sign-out and back at sign-in, and a PostgreSQL data directory must never be
 *     copied while it runs, nor be half a day old at the next sign-in.</li>
 * <li>macOS: {@code ~/Library/Application Support/SmileFactory}.</li>
 * <li>Linux: {@code $XDG_DATA_HOME/smilefactory}, by default {@code ~/.local/share/smilefactory}.</li>
 * </ul>
 * Builds before issue 17 kept the Windows folder in {@code %APPDATA%}; a folder found there is moved to
 * the new place once ({@link #migrate}). {@code --data-dir} is applied by the callers before this.
 */
public final class DataFolder {

    static final String LOCK_FILE = "smilefactory.lock";

    private DataFolder() {
    }

    /** This computer's data folder, moving an old one into place first if there is one (and logging it). */
    public static Path resolve() {
        return resolve(Platform.current());
    }

    /** The data folder on {@code platform} (see the class comment), migrating an old one. */
    static Path resolve(Platform platform) {
        Located located = locate(platform);
        located.report();
        return located.folder();
    }

    /**
     * As {@link #resolve()}, but what a migration did is only reported by {@link Located#report()}: the
     * desktop's launcher points the log at {@code <folder>/logs} first, which it can only do once it knows
     * the folder; a log message before that would start logging elsewhere for the whole run.
     */
    public static Located locate() {
        return locate(Platform.current());
    }

    static Located locate(Platform platform) {
        Optional<Path> explicit = explicit(platform);
        if (explicit.isPresent()) {
            return new Located(explicit.get(), Optional.empty());
        }
        Path target = conventional(platform);
        for (Path old : legacy(platform)) {
            if (!old.equals(target) && Files.isDirectory(old)) {
                Migration m = migrate(old, target, Files::move);
                return new Located(m.folder(), Optional.of(m));
            }
        }
        return new Located(target, Optional.empty());
    }

    /** The data folder, and the migration that led to it if one was tried. */
    public record Located(Path folder, Optional<Migration> migration) {
        /** Logs what the migration did (once logging is set up). */
        public void report() {
            migration.ifPresent(Migration::report);
        }
    }

    /** {@code -Dsmilefactory.home}, else {@code SMILEFACTORY_HOME}. */
    static Optional<Path> explicit(Platform platform) {
        return platform.property("smilefactory.home").or(() -> platform.env("SMILEFACTORY_HOME"))
                .map(p -> Path.of(p).toAbsolutePath());
    }

    /** The system's convention, without looking at the disk. */
    static Path conventional(Platform platform) {
        Path home = platform.userHome();
        return switch (platform.os()) {
            case WINDOWS -> platform.env("LOCALAPPDATA").map(Path::of)
                    .orElse(home.resolve("AppData").resolve("Local")).resolve("SmileFactory");
            case MACOS -> home.resolve("Library").resolve("Application Support").resolve("SmileFactory");
            case LINUX -> platform.env("XDG_DATA_HOME").map(Path::of)
                    .orElse(home.resolve(".local").resolve("share")).resolve("smilefactory");
        };
    }

    /**
     * Where earlier builds kept the data folder, when that differs from today's: on Windows
     * {@code %APPDATA%\SmileFactory}, or {@code <home>\SmileFactory} where {@code APPDATA} was unset.
     * macOS and Linux never changed.
     */
    static List<Path> legacy(Platform platform) {
        if (platform.os() != Os.WINDOWS) {
            return List.of();
        }
        return Stream.concat(platform.env("APPDATA").map(a -> Path.of(a, "SmileFactory")).stream(),
                Stream.of(platform.userHome().resolve("SmileFactory"))).toList();
    }

    /** What {@link #migrate} did. */
    public enum Outcome {
        /** The old folder is now at the new place. */
        MOVED,
        /** Both exist: the new one is used and the old one left alone (never merged). */
        BOTH_EXIST,
        /** The old folder could not be moved; it stays in use, {@code reason} says why. */
        KEPT_OLD
    }

    /**
     * The folder to use after a migration from {@code from}, and why when it is the old one.
     *
     * @param reason why the old folder stays in use ({@link Outcome#KEPT_OLD}), else null
     * @param note   what went wrong after the move succeeded (the old copy could not be deleted), else null
     */
    public record Migration(Outcome outcome, Path from, Path folder, String reason, String note) {

        void report() {
            Logger log = LoggerFactory.getLogger(DataFolder.class);
            switch (outcome) {
                case MOVED -> log.info("Moved the data folder from {} to {}: it must not roam with the Windows profile", from, folder);
                case BOTH_EXIST -> log.warn("Data folder {} is used; an older one at {} is left as it is (delete it when no longer needed)",
                        folder, from);
                case KEPT_OLD -> log.warn("The data folder stays at {} for now: it could not be moved because {}", from, reason);
            }
            if (note != null) {
                log.warn(note);
            }
        }
    }

    /** How a folder is renamed (a test may make it fail as a move across drives does). */
    @FunctionalInterface
    interface Mover {
        Path move(Path from, Path to, java.nio.file.CopyOption... options) throws IOException;
    }

    /**
     * Moves the data folder {@code old} to {@code target} when {@code target} does not exist and nothing
     * uses {@code old} (no app holds its lock, no PostgreSQL runs on its {@code pgdata}). A rename when
     * both are on one drive; else (a roaming profile redirected to a network share) a copy to a staging
     * folder beside the target, renamed into place, then the old folder deleted. Any failure before the
     * target exists leaves the old folder as it was and in use.
     */
    static Migration migrate(Path old, Path target, Mover mover) {
        if (Files.exists(target)) {
            return new Migration(Outcome.BOTH_EXIST, old, target, null, null);
        }
        Optional<String> busy = inUse(old);
        if (busy.isPresent()) {
            return keepOld(old, target, busy.get());
        }
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException | RuntimeException e) {
            return keepOld(old, target, "cannot create " + target.getParent() + ": " + e);
        }
        try {
            mover.move(old, target);
            return new Migration(Outcome.MOVED, old, target, null, null);
        } catch (IOException | RuntimeException renameFailed) {
            // a rename across drives fails for a folder with content: copy instead
            Path staging = target.resolveSibling(target.getFileName() + ".migrating");
            try {
                deleteTree(staging);
                copyTree(old, staging);
                mover.move(staging, target);
            } catch (IOException | RuntimeException copyFailed) {
                try {
                    deleteTree(staging);
                } catch (IOException ignored) {
                    // the staging copy is junk either way; the old folder is untouched
                }
                return keepOld(old, target, renameFailed + "; copying failed too: " + copyFailed);
            }
            String note = null;
            try {
                deleteTree(old);
            } catch (IOException e) {
                note = "The old data folder " + old + " could not be deleted after copying it (" + e + "); delete it by hand";
            }
            return new Migration(Outcome.MOVED, old, target, null, note);
        }
    }

    private static Migration keepOld(Path old, Path target, String reason) {
        return new Migration(Outcome.KEPT_OLD, old, old, "moving it to " + target + " failed: " + reason, null);
    }

    /**
     * Why {@code folder} is in use right now, if it is. (Only asked of Windows folders: there a lock is
     * per handle, so opening and closing the lock file here cannot release a lock this JVM holds, as
     * closing any channel of a file does with POSIX locks.)
     */
    private static Optional<String> inUse(Path folder) {
        Path lockFile = folder.resolve(LOCK_FILE);
        if (Files.exists(lockFile)) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return Optional.of("it is open in another SmileFactory Hub window");
                }
                lock.release();
            } catch (OverlappingFileLockException e) {
                return Optional.of("it is open in this SmileFactory Hub");
            } catch (IOException e) {
                return Optional.of("its lock file cannot be opened: " + e);
            }
        }
        Optional<PostmasterPid> pid = PostmasterPid.read(folder.resolve("pgdata"));
        if (pid.isPresent() && ProcessHandle.of(pid.get().pid()).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.of("the PostgreSQL of pid " + pid.get().pid() + " may still be running on it");
        }
        return Optional.empty();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()),
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
