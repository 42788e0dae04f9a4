package org.smilefactory.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.platform.DataFolder.Migration;
import org.smilefactory.core.platform.DataFolder.Outcome;

/**
 * Issue 17: the data folder per system (the Windows one must not roam), what wins over the convention,
 * and the one-time move of a folder that earlier builds kept in the roaming profile. Each system is
 * simulated with its environment and {@code user.home}; the moves are real, in temporary folders whose
 * names have spaces and non-ASCII letters as our users' profiles do.
 */
class DataFolderTest {

    private static final String LOCAL = "C:\\Users\\Tendai Moyo\\AppData\\Local";
    private static final String ROAMING = "C:\\Users\\Tendai Moyo\\AppData\\Roaming";

    @TempDir
    Path temp;

    private static Platform platform(Os os, Map<String, String> env, String home) {
        return Platform.simulated(os, env, Map.of("user.home", home));
    }

    @Test
    void windowsKeepsTheDataFolderInTheLocalProfileNotTheRoamingOne() {
        Platform windows = platform(Os.WINDOWS, Map.of("LOCALAPPDATA", LOCAL, "APPDATA", ROAMING), "C:\\Users\\Tendai Moyo");
        assertThat(DataFolder.conventional(windows)).isEqualTo(Path.of(LOCAL, "SmileFactory"));
        assertThat(DataFolder.legacy(windows)).containsExactly(Path.of(ROAMING, "SmileFactory"),
                Path.of("C:\\Users\\Tendai Moyo", "SmileFactory"));
        // LOCALAPPDATA unset (a service account, a broken profile): the same place under the home folder
        Platform bare = platform(Os.WINDOWS, Map.of(), "C:\\Users\\Tendai Moyo");
        assertThat(DataFolder.conventional(bare)).isEqualTo(Path.of("C:\\Users\\Tendai Moyo", "AppData", "Local", "SmileFactory"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        Platform mac = platform(Os.MACOS, Map.of("XDG_DATA_HOME", "/ignored"), "/Users/Tendai Moyo");
        assertThat(DataFolder.conventional(mac)).isEqualTo(Path.of("/Users/Tendai Moyo/Library/Application Support/SmileFactory"));
        assertThat(DataFolder.legacy(mac)).isEmpty();
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(DataFolder.conventional(platform(Os.LINUX, Map.of("XDG_DATA_HOME", "/home/tendai/Données"), "/home/tendai")))
                .isEqualTo(Path.of("/home/tendai/Données/smilefactory"));
        assertThat(DataFolder.conventional(platform(Os.LINUX, Map.of(), "/home/tendai")))
                .isEqualTo(Path.of("/home/tendai/.local/share/smilefactory"));
        assertThat(DataFolder.conventional(platform(Os.LINUX, Map.of("XDG_DATA_HOME", ""), "/home/tendai")))
                .as("an empty XDG_DATA_HOME counts as unset, as the XDG spec says")
                .isEqualTo(Path.of("/home/tendai/.local/share/smilefactory"));
        assertThat(DataFolder.legacy(platform(Os.LINUX, Map.of(), "/home/tendai"))).isEmpty();
    }

    @Test
    void smileFactoryHomeWinsOverTheConventionAndThePropertyOverTheVariable() {
        Path explicit = temp.resolve("Tendai Moyo/Données/hub");
        Platform env = platform(Os.WINDOWS, Map.of("SMILEFACTORY_HOME", explicit.toString(), "LOCALAPPDATA", LOCAL), "C:\\x");
        assertThat(DataFolder.resolve(env)).isEqualTo(explicit);
        Platform both = Platform.simulated(Os.LINUX, Map.of("SMILEFACTORY_HOME", "/from/env"),
                Map.of("smilefactory.home", explicit.toString(), "user.home", "/home/x"));
        assertThat(DataFolder.resolve(both)).isEqualTo(explicit);
    }

    @Test
    void anOldRoamingFolderIsMovedToTheLocalProfileOnce() throws Exception {
        Path profile = temp.resolve("Users/Tendai Moyo/AppData");
        Path old = oldFolder(profile.resolve("Roaming/SmileFactory"));
        Platform windows = platform(Os.WINDOWS, Map.of("APPDATA", profile.resolve("Roaming").toString(),
                "LOCALAPPDATA", profile.resolve("Local").toString()), temp.resolve("Users/Tendai Moyo").toString());

        Path used = DataFolder.resolve(windows);

        assertThat(used).isEqualTo(profile.resolve("Local/SmileFactory"));
        assertThat(old).doesNotExist();
        assertThat(used.resolve("pgdata/PG_VERSION")).hasContent("17");
        assertThat(used.resolve("media/Données été.jpg")).hasContent("photo");
        // the next start finds it in place and moves nothing
        assertThat(DataFolder.resolve(windows)).isEqualTo(used);
    }

    @Test
    void aFolderThatIsOpenIsNotMovedAndStaysInUse() throws Exception {
        Path old = oldFolder(temp.resolve("Roaming/SmileFactory"));
        Path target = temp.resolve("Local/SmileFactory");
        try (FileChannel channel = FileChannel.open(old.resolve(DataFolder.LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            Migration m = DataFolder.migrate(old, target, Files::move);
            assertThat(m.outcome()).isEqualTo(Outcome.KEPT_OLD);
            assertThat(m.folder()).isEqualTo(old);
            assertThat(m.reason()).contains("open");
        }
        assertThat(old.resolve("pgdata/PG_VERSION")).exists();
        assertThat(target).doesNotExist();
        // closed: the next start moves it
        assertThat(DataFolder.migrate(old, target, Files::move).outcome()).isEqualTo(Outcome.MOVED);
    }

    @Test
    void aFolderWhosePostgresStillRunsIsNotMoved() throws Exception {
        Path old = oldFolder(temp.resolve("Roaming/SmileFactory"));
        // the pid of a live process: this JVM
        Files.writeString(old.resolve("pgdata/postmaster.pid"), ProcessHandle.current().pid() + "\n" + old.resolve("pgdata") + "\n");
        Migration m = DataFolder.migrate(old, temp.resolve("Local/SmileFactory"), Files::move);
        assertThat(m.outcome()).isEqualTo(Outcome.KEPT_OLD);
        assertThat(m.reason()).contains("PostgreSQL");
        assertThat(m.folder()).isEqualTo(old);
    }

    @Test
    void whenBothExistTheNewOneIsUsedAndNothingIsMerged() throws Exception {
        Path old = oldFolder(temp.resolve("Roaming/SmileFactory"));
        Path target = Files.createDirectories(temp.resolve("Local/SmileFactory"));
        Migration m = DataFolder.migrate(old, target, Files::move);
        assertThat(m.outcome()).isEqualTo(Outcome.BOTH_EXIST);
        assertThat(m.folder()).isEqualTo(target);
        assertThat(old.resolve("pgdata/PG_VERSION")).exists();
        assertThat(target.resolve("pgdata")).doesNotExist();
    }

    @Test
    void aMoveThatFailsKeepsTheOldFolderAndSaysWhy() throws Exception {
        Path old = oldFolder(temp.resolve("Roaming/SmileFactory"));
        // the new place cannot be made: its parent is a file
        Files.writeString(temp.resolve("Local"), "not a folder");
        Migration m = DataFolder.migrate(old, temp.resolve("Local/SmileFactory"), Files::move);
        assertThat(m.outcome()).isEqualTo(Outcome.KEPT_OLD);
        assertThat(m.folder()).isEqualTo(old);
        assertThat(m.reason()).contains("Local");
        assertThat(old.resolve("pgdata/PG_VERSION")).hasContent("17");

        // renaming and copying both fail: nothing half-copied is left, the old folder is whole
        Path target = temp.resolve("Elsewhere/SmileFactory");
        Migration failed = DataFolder.migrate(old, target, (from, to, options) -> {
            throw new IOException("the disk is full");
        });
        assertThat(failed.outcome()).isEqualTo(Outcome.KEPT_OLD);
        assertThat(failed.reason()).contains("the disk is full");
        assertThat(target).doesNotExist();
        assertThat(temp.resolve("Elsewhere/SmileFactory.migrating")).doesNotExist();
        assertThat(old.resolve("media/Données été.jpg")).hasContent("photo");
    }

    @Test
    void aRoamingProfileOnAnotherDriveIsCopiedThenDeleted() throws Exception {
        Path old = oldFolder(temp.resolve("Network share/Roaming/SmileFactory"));
        Path target = temp.resolve("Local/SmileFactory");
        Map<Path, Integer> renames = new HashMap<>();
        // as across drives: a folder with content cannot be renamed from the old place
        DataFolder.Mover acrossDrives = (from, to, options) -> {
            renames.merge(from, 1, Integer::sum);
            if (from.equals(old)) {
                throw new IOException("cannot rename across drives");
            }
            return Files.move(from, to, options);
        };
        Migration m = DataFolder.migrate(old, target, acrossDrives);
        assertThat(m.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(m.folder()).isEqualTo(target);
        assertThat(target.resolve("pgdata/PG_VERSION")).hasContent("17");
        assertThat(target.resolve("media/Données été.jpg")).hasContent("photo");
        assertThat(old).doesNotExist();
        assertThat(renames).containsKey(target.resolveSibling("SmileFactory.migrating"));
    }

    private static Path oldFolder(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("pgdata"));
        Files.writeString(folder.resolve("pgdata/PG_VERSION"), "17");
        Files.createDirectories(folder.resolve("media"));
        Files.writeString(folder.resolve("media/Données été.jpg"), "photo");
        Files.writeString(folder.resolve("db.secret"), "secret");
        Files.writeString(folder.resolve(DataFolder.LOCK_FILE), "");
        return folder;
    }
}
