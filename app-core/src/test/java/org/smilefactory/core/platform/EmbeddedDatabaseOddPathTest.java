package org.smilefactory.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.platform.OrphanedPostgres.Seen;
import org.smilefactory.core.platform.OrphanedPostgres.Verdict;

/**
 * Issue 17: our users' profiles have spaces and accents ("C:\Users\Tendai Moyo", a folder "Données").
 * The embedded database really starts from such a data folder, with its PostgreSQL binaries unpacked
 * there too (as in the product, not in the build's shared folder), and keeps what is written across a
 * restart. The running postmaster is also what the start-time rule of {@link OrphanedPostgres} (used
 * where a system gives no arguments) recognises as ours.
 */
class EmbeddedDatabaseOddPathTest {

    @TempDir
    Path temp;

    @Test
    void theEmbeddedDatabaseStartsAndKeepsDataInAFolderWithSpacesAndAccents() throws Exception {
        Path dataFolder = temp.resolve("Tendai Moyo").resolve("Données").resolve("smilefactory");
        String workingDir = System.clearProperty("ot.epg.working-dir");
        try {
            try (EmbeddedDatabase db = EmbeddedDatabase.start(dataFolder)) {
                assertThat(db.dataDirectory()).isEqualTo(dataFolder.resolve("pgdata"));
                try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                     Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE visitors (name text PRIMARY KEY)");
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO visitors VALUES (?)")) {
                        insert.setString(1, "Tendai Moyo — Données");
                        insert.executeUpdate();
                    }
                    try (ResultSet rs = s.executeQuery("SELECT setting FROM pg_settings WHERE name = 'data_directory'")) {
                        rs.next();
                        assertThat(Path.of(rs.getString(1)).toRealPath()).isEqualTo(dataFolder.resolve("pgdata").toRealPath());
                    }
                }
                // zonky unpacks its binaries once per JVM and keeps using that folder, so they are under
                // the odd path only when no earlier test of this fork started a database
                theRunningPostmasterIsRecognisedByItsStartTime(dataFolder.resolve("pgdata"));
            }
            assertThat(dataFolder.resolve("pgdata/postmaster.pid")).as("stopped cleanly").doesNotExist();

            try (EmbeddedDatabase again = EmbeddedDatabase.start(dataFolder);
                 Connection c = DriverManager.getConnection(again.jdbcUrl(), again.user(), again.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM visitors")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Tendai Moyo — Données");
            }
        } finally {
            if (workingDir != null) {
                System.setProperty("ot.epg.working-dir", workingDir);
            }
        }
    }

    private static void theRunningPostmasterIsRecognisedByItsStartTime(Path pgdata) {
        PostmasterPid file = PostmasterPid.read(pgdata).orElseThrow();
        assertThat(Path.of(file.dataDirectory().orElseThrow())).isEqualTo(pgdata);
        ProcessHandle postmaster = ProcessHandle.of(file.pid()).orElseThrow();
        Seen real = Seen.of(postmaster);
        assertThat(real.started()).isPresent();
        // as Windows sees it: the command and the start time, no arguments
        Seen withoutArguments = new Seen(real.command(), Optional.empty(), real.started());
        // the folder the binaries really run from: <runtime>/<bundle>/bin/postgres
        Path runtime = Path.of(real.command().orElseThrow()).getParent().getParent();
        assertThat(OrphanedPostgres.judge(withoutArguments, Optional.of(file), pgdata, runtime))
                .isEqualTo(Verdict.OURS);
        Seen later = new Seen(real.command(), Optional.empty(), real.started().map(t -> t.plus(Duration.ofMinutes(5))));
        assertThat(OrphanedPostgres.judge(later, Optional.of(file), pgdata, runtime))
                .isEqualTo(Verdict.NOT_OURS);
        assertThat(Files.exists(pgdata.resolve("postmaster.pid"))).isTrue();
    }
}
