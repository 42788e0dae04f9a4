package org.smilefactory.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.OrphanedPostgres.Seen;
import org.smilefactory.core.platform.OrphanedPostgres.Verdict;

/**
 * Issue 13: after a reboot the pid in a stale {@code postmaster.pid} may be any program's; only the data
 * folder's own PostgreSQL is ever signalled. The decision is tested with the process information each
 * system gives (simulated), and for real with a live process of another program.
 */
class OrphanedPostgresTest {

    @TempDir
    Path dataFolder;

    private final Path pgdata = Path.of("/home/ada/.local/share/smilefactory/pgdata");
    private final Path runtime = Path.of("/home/ada/.local/share/smilefactory/runtime");

    @Test
    void linuxOurPostmasterOnOurDataFolderIsOurs() {
        Seen seen = new Seen(Optional.of(runtime + "/bin/postgres"),
                Optional.of(List.of("-D", pgdata.toString(), "-p", "54321", "-c", "listen_addresses=127.0.0.1")));
        assertThat(OrphanedPostgres.judge(seen, pgdata, runtime)).isEqualTo(Verdict.OURS);
        Seen joined = new Seen(Optional.of(runtime + "/bin/postgres"), Optional.of(List.of("-D" + pgdata)));
        assertThat(OrphanedPostgres.judge(joined, pgdata, runtime)).isEqualTo(Verdict.OURS);
    }

    @Test
    void anotherProgramWithOurOldPidIsNotOurs() {
        Seen editor = new Seen(Optional.of("/usr/bin/gedit"), Optional.of(List.of("notes.txt")));
        assertThat(OrphanedPostgres.judge(editor, pgdata, runtime)).isEqualTo(Verdict.NOT_OURS);
    }

    @Test
    void anotherPostgresIsNotOurs() {
        Seen systemPostgres = new Seen(Optional.of("/usr/lib/postgresql/17/bin/postgres"),
                Optional.of(List.of("-D", "/var/lib/postgresql/17/main")));
        assertThat(OrphanedPostgres.judge(systemPostgres, pgdata, runtime)).isEqualTo(Verdict.NOT_OURS);
        Seen otherFolder = new Seen(Optional.of(runtime + "/bin/postgres"), Optional.of(List.of("-D", "/tmp/elsewhere/pgdata")));
        assertThat(OrphanedPostgres.judge(otherFolder, pgdata, runtime)).isEqualTo(Verdict.NOT_OURS);
    }

    @Test
    void macOsWithoutArgumentsIsUnknownAndNotKilled() {
        // macOS often gives the command of another process but not its arguments
        Seen seen = new Seen(Optional.of(runtime + "/bin/postgres"), Optional.empty());
        assertThat(OrphanedPostgres.judge(seen, pgdata, runtime)).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void windowsWithoutProcessInformationIsUnknownAndNotKilled() {
        Path winData = Path.of("C:\\Users\\ada\\AppData\\Roaming\\SmileFactory\\pgdata");
        assertThat(OrphanedPostgres.judge(new Seen(Optional.empty(), Optional.empty()), winData, null))
                .isEqualTo(Verdict.UNKNOWN);
        // a command but no arguments (the usual answer on Windows)
        assertThat(OrphanedPostgres.judge(new Seen(Optional.of("C:\\SmileFactory\\runtime\\bin\\postgres.exe"), Optional.empty()),
                winData, null)).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void aStalePidFileNamingAnotherLiveProgramDoesNotKillItAndTheDatabaseStarts() throws Exception {
        try (Backend first = Backends.embedded(dataFolder)) {
            assertThat(first.hubStatus().setupRequired()).isTrue();
        }
        // "after a reboot": the old pid now belongs to another program of the same user
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Sleeper.class.getName())
                .redirectErrorStream(true).start();
        try {
            Files.writeString(dataFolder.resolve("pgdata/postmaster.pid"), other.pid() + "\n" + dataFolder.resolve("pgdata")
                    + "\n1700000000\n54321\n\n127.0.0.1\n  5432001         0\nready   \n");

            try (Backend again = Backends.embedded(dataFolder)) {
                assertThat(again.hubStatus().setupRequired()).isTrue();
            }
            assertThat(other.isAlive()).as("the other program was not signalled").isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    /** Another program: sleeps until killed. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(120_000);
        }
    }
}
