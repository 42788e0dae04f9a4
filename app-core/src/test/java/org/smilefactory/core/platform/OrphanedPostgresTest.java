package org.smilefactory.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.OrphanedPostgres.Seen;
import org.smilefactory.core.platform.OrphanedPostgres.StopMethod;
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

    @Test
    void thePidFileIsReadAsPostgresqlWritesItOnEverySystem() {
        PostmasterPid linux = PostmasterPid.parse("4242\n/home/ada/.local/share/smilefactory/pgdata\n1700000000\n54321\n"
                + "/tmp\n127.0.0.1\n  5432001         0\nready   \n").orElseThrow();
        assertThat(linux.pid()).isEqualTo(4242);
        assertThat(linux.dataDirectory()).hasValue("/home/ada/.local/share/smilefactory/pgdata");
        assertThat(linux.started()).hasValue(Instant.ofEpochSecond(1700000000));
        assertThat(linux.port()).hasValue(54321);
        // Windows: CRLF, no socket folder, a path with a space and non-ASCII letters
        PostmasterPid windows = PostmasterPid.parse("7120\r\nC:/Users/Tendai Moyo/AppData/Local/SmileFactory/Données/pgdata\r\n"
                + "1700000123\r\n50001\r\n\r\n127.0.0.1\r\n        0         0\r\nready   \r\n").orElseThrow();
        assertThat(windows.pid()).isEqualTo(7120);
        assertThat(windows.dataDirectory()).hasValue("C:/Users/Tendai Moyo/AppData/Local/SmileFactory/Données/pgdata");
        assertThat(windows.started()).hasValue(Instant.ofEpochSecond(1700000123));
        // only the pid is sure to be there while the postmaster starts
        assertThat(PostmasterPid.parse("99\n")).hasValueSatisfying(p -> {
            assertThat(p.dataDirectory()).isEmpty();
            assertThat(p.started()).isEmpty();
        });
        assertThat(PostmasterPid.parse("")).isEmpty();
        assertThat(PostmasterPid.parse("not a pid\n")).isEmpty();
        assertThat(PostmasterPid.parse("-1\n")).isEmpty();
    }

    @Test
    void withoutArgumentsOurPostmasterIsKnownByItsStartTime() {
        // Windows and often macOS: the command and the start time, no arguments
        // (forward slashes, which Windows takes too, so the paths have their parts on the Linux build machine)
        Path winData = Path.of("C:/Users/Tendai Moyo/AppData/Local/SmileFactory/pgdata");
        Path winRuntime = Path.of("C:/Users/Tendai Moyo/AppData/Local/SmileFactory/runtime");
        Instant started = Instant.ofEpochSecond(1700000123);
        PostmasterPid file = new PostmasterPid(7120, Optional.of(winData.toString()), Optional.of(started), Optional.of(50001));
        String exe = winRuntime + "/PG-abc/bin/postgres.exe";

        Seen ours = new Seen(Optional.of(exe), Optional.empty(), Optional.of(started.plusMillis(400)));
        assertThat(OrphanedPostgres.judge(ours, Optional.of(file), winData, winRuntime)).isEqualTo(Verdict.OURS);
        // the process started a second before the postmaster wrote its (whole) second
        Seen early = new Seen(Optional.of(exe), Optional.of(List.of()), Optional.of(started.minusMillis(900)));
        assertThat(OrphanedPostgres.judge(early, Optional.of(file), winData, winRuntime)).isEqualTo(Verdict.OURS);

        // after a reboot the pid is another postgres of ours (an offline copy's), started at another time
        Seen reused = new Seen(Optional.of(exe), Optional.empty(), Optional.of(started.plusSeconds(3600)));
        assertThat(OrphanedPostgres.judge(reused, Optional.of(file), winData, winRuntime)).isEqualTo(Verdict.NOT_OURS);
        // a folder copied here from elsewhere names its old place
        PostmasterPid copied = new PostmasterPid(7120, Optional.of("D:\\old\\pgdata"), Optional.of(started), Optional.empty());
        assertThat(OrphanedPostgres.judge(ours, Optional.of(copied), winData, winRuntime)).isEqualTo(Verdict.NOT_OURS);
        // no start time (not our user's process) or no pid file content: cannot tell, nothing is stopped
        Seen noTime = new Seen(Optional.of(exe), Optional.empty(), Optional.empty());
        assertThat(OrphanedPostgres.judge(noTime, Optional.of(file), winData, winRuntime)).isEqualTo(Verdict.UNKNOWN);
        assertThat(OrphanedPostgres.judge(ours, Optional.empty(), winData, winRuntime)).isEqualTo(Verdict.UNKNOWN);
        // another program with the old pid is never ours, whatever its start time
        Seen notepad = new Seen(Optional.of("C:\\Windows\\notepad.exe"), Optional.empty(), Optional.of(started));
        assertThat(OrphanedPostgres.judge(notepad, Optional.of(file), winData, winRuntime)).isEqualTo(Verdict.NOT_OURS);

        // macOS without arguments: the same rule
        Path macData = Path.of("/Users/Tendai Moyo/Library/Application Support/SmileFactory/pgdata");
        PostmasterPid macFile = new PostmasterPid(501, Optional.of(macData.toString()), Optional.of(started), Optional.empty());
        Seen macOurs = new Seen(Optional.of("/Users/Tendai Moyo/Library/Application Support/SmileFactory/runtime/bin/postgres"),
                Optional.empty(), Optional.of(started));
        assertThat(OrphanedPostgres.judge(macOurs, Optional.of(macFile), macData, null)).isEqualTo(Verdict.OURS);
    }

    @Test
    void argumentsStillDecideWhereTheSystemGivesThem() {
        // Linux: -D names another folder; the start time matching does not make it ours
        Instant started = Instant.ofEpochSecond(1700000000);
        PostmasterPid file = new PostmasterPid(42, Optional.of(pgdata.toString()), Optional.of(started), Optional.empty());
        Seen other = new Seen(Optional.of(runtime + "/bin/postgres"), Optional.of(List.of("-D", "/srv/other/pgdata")), Optional.of(started));
        assertThat(OrphanedPostgres.judge(other, Optional.of(file), pgdata, runtime)).isEqualTo(Verdict.NOT_OURS);
    }

    @Test
    void anOrphanIsStoppedWithoutPosixSignalsOnWindows() {
        assertThat(OrphanedPostgres.stopMethod(Os.LINUX, true)).isEqualTo(StopMethod.TERMINATE_SIGNAL);
        assertThat(OrphanedPostgres.stopMethod(Os.MACOS, false)).isEqualTo(StopMethod.TERMINATE_SIGNAL);
        assertThat(OrphanedPostgres.stopMethod(Os.WINDOWS, true)).isEqualTo(StopMethod.PG_CTL_STOP);
        assertThat(OrphanedPostgres.stopMethod(Os.WINDOWS, false)).isEqualTo(StopMethod.FORCE);

        Path exe = Path.of("/Users/Tendai Moyo/Données/SmileFactory/runtime/PG-1/bin/postgres.exe");
        Path data = Path.of("/Users/Tendai Moyo/Données/SmileFactory/pgdata");
        assertThat(OrphanedPostgres.pgCtlStop(Os.WINDOWS, exe, data)).containsExactly(
                exe.resolveSibling("pg_ctl.exe").toString(), "stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "15");
    }

    /** Another program: sleeps until killed. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(120_000);
        }
    }
}
