package org.smilefactory.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendMode;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.testsupport.Hubs;

/** The embedded database in a data folder: persistent, locked, password-protected, loopback only. */
class EmbeddedBackendTest {

    @TempDir
    Path dataFolder;

    @Test
    void dataSurvivesARestartAndTheFolderIsLockedWhileOpen() {
        String email = Hubs.uniqueEmail("persist");
        try (Backend first = Backends.embedded(dataFolder)) {
            assertThat(first.info().mode()).isEqualTo(BackendMode.EMBEDDED);
            assertThat(first.info().location()).isEqualTo(dataFolder.resolve("pgdata").toAbsolutePath().toString());
            assertThat(first.hubStatus().setupRequired()).isTrue();
            first.completeSetup(Hubs.setup(email));

            assertThatThrownBy(() -> Backends.embedded(dataFolder))
                    .isInstanceOf(BackendUnavailableException.class)
                    .hasMessageContaining("already open in another SmileFactory Hub window");
        }
        assertThat(dataFolder.resolve("pgdata/postmaster.pid")).as("stopped cleanly").doesNotExist();
        try (Backend again = Backends.embedded(dataFolder)) {
            assertThat(again.hubStatus().setupRequired()).isFalse();
            Session admin = again.signIn(email, Hubs.ADMIN_PASSWORD);
            assertThat(admin.member().email()).isEqualTo(email);
        }
    }

    @Test
    void theDatabaseNeedsThePasswordAndListensOnLoopbackOnly() throws Exception {
        try (Backend backend = Backends.embedded(dataFolder)) {
            LocalBackend local = (LocalBackend) backend;
            String listen = local.context().jdbc().sql("SHOW listen_addresses").query(String.class).single();
            assertThat(listen).isEqualTo("127.0.0.1");
            String url = local.context().dataSource().unwrap(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl();
            Properties noPassword = new Properties();
            noPassword.setProperty("user", "postgres");
            assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword)).isInstanceOf(SQLException.class);
            Properties wrong = new Properties();
            wrong.setProperty("user", "postgres");
            wrong.setProperty("password", "guess");
            assertThatThrownBy(() -> DriverManager.getConnection(url, wrong)).isInstanceOf(SQLException.class);
            Path secret = dataFolder.resolve("db.secret");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        }
    }

    @Test
    void anUnusableFolderGetsAClearMessage() throws Exception {
        Path notAFolder = Files.writeString(dataFolder.resolve("plain-file"), "I am a file");
        assertThatThrownBy(() -> Backends.embedded(notAFolder))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("cannot be used");
    }

    @Test
    void aCrashedInstancesServerIsStoppedAndTheDataRecovered() throws Exception {
        String email = Hubs.uniqueEmail("crash");
        // A separate JVM opens the hub, sets it up and is then killed without any shutdown:
        // its PostgreSQL is left running, as after a real crash.
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dot.epg.working-dir=" + System.getProperty("ot.epg.working-dir", ""),
                CrashingInstance.class.getName(), dataFolder.toString(), email)
                .redirectErrorStream(true).start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(app.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.equals("READY")) {
            // skip the log lines of the child
        }
        assertThat(line).as("the child came up").isEqualTo("READY");
        long pid = Long.parseLong(Files.readAllLines(dataFolder.resolve("pgdata/postmaster.pid")).get(0).trim());
        app.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("orphaned server").isTrue();

        try (Backend recovered = Backends.embedded(dataFolder)) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(recovered.signIn(email, Hubs.ADMIN_PASSWORD)).isNotNull();
        }
    }

    /** The child process of the crash test. */
    public static final class CrashingInstance {
        public static void main(String[] args) throws Exception {
            Backend backend = Backends.embedded(Path.of(args[0]));
            backend.completeSetup(Hubs.setup(args[1]));
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
