package org.smilefactory.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.platform.Platform.PostgresLaunch;

/** Issue 17: the platform is told from {@code os.name}, and the way PostgreSQL starts is decided per system. */
class PlatformTest {

    @Test
    void theSystemIsToldFromOsName() {
        assertThat(Os.detect("Windows 11")).isEqualTo(Os.WINDOWS);
        assertThat(Os.detect("Windows Server 2022")).isEqualTo(Os.WINDOWS);
        assertThat(Os.detect("Mac OS X")).isEqualTo(Os.MACOS);
        assertThat(Os.detect("Linux")).isEqualTo(Os.LINUX);
        // other Unix systems follow the XDG and POSIX conventions of Linux
        assertThat(Os.detect("FreeBSD")).isEqualTo(Os.LINUX);
        assertThat(Os.detect(null)).isEqualTo(Os.LINUX);
        assertThat(Platform.current().os()).isEqualTo(Os.detect(System.getProperty("os.name")));
    }

    @Test
    void programsAreNamedPerSystem() {
        assertThat(Os.WINDOWS.executable("pg_ctl")).isEqualTo("pg_ctl.exe");
        assertThat(Os.MACOS.executable("pg_ctl")).isEqualTo("pg_ctl");
        assertThat(Os.LINUX.executable("pg_ctl")).isEqualTo("pg_ctl");
        assertThat(Os.WINDOWS.isPosix()).isFalse();
        assertThat(Os.MACOS.isPosix()).isTrue();
        assertThat(Os.LINUX.isPosix()).isTrue();
    }

    @Test
    void unshareIsUsedOnlyOnLinuxAsRoot() {
        // Linux
        assertThat(Platform.postgresLaunch(Os.LINUX, true, true)).isEqualTo(PostgresLaunch.UNSHARE);
        assertThat(Platform.postgresLaunch(Os.LINUX, true, false)).isEqualTo(PostgresLaunch.REFUSED_AS_ROOT);
        assertThat(Platform.postgresLaunch(Os.LINUX, false, true)).isEqualTo(PostgresLaunch.DIRECT);
        assertThat(Platform.postgresLaunch(Os.LINUX, false, false)).isEqualTo(PostgresLaunch.DIRECT);
        // macOS has no user namespaces: root cannot run PostgreSQL at all
        assertThat(Platform.postgresLaunch(Os.MACOS, true, true)).isEqualTo(PostgresLaunch.REFUSED_AS_ROOT);
        assertThat(Platform.postgresLaunch(Os.MACOS, true, false)).isEqualTo(PostgresLaunch.REFUSED_AS_ROOT);
        assertThat(Platform.postgresLaunch(Os.MACOS, false, false)).isEqualTo(PostgresLaunch.DIRECT);
        // Windows: initdb and pg_ctl drop an administrator's rights themselves; never unshare
        assertThat(Platform.postgresLaunch(Os.WINDOWS, true, true)).isEqualTo(PostgresLaunch.DIRECT);
        assertThat(Platform.postgresLaunch(Os.WINDOWS, false, false)).isEqualTo(PostgresLaunch.DIRECT);
    }

    @Test
    void rootWithoutAUserNamespaceIsRefusedWithAMessageBeforePostgresStarts() {
        assertThatThrownBy(() -> EmbeddedDatabase.launchOrRefuse(Os.MACOS, true, false))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("cannot run as the system administrator");
        assertThatThrownBy(() -> EmbeddedDatabase.launchOrRefuse(Os.LINUX, true, false))
                .isInstanceOf(BackendUnavailableException.class);
        assertThat(EmbeddedDatabase.launchOrRefuse(Os.LINUX, true, true)).isEqualTo(PostgresLaunch.UNSHARE);
        assertThat(EmbeddedDatabase.launchOrRefuse(Os.WINDOWS, true, false)).isEqualTo(PostgresLaunch.DIRECT);
    }

    @Test
    void aSimulatedPlatformSeesOnlyWhatItWasGiven() {
        Platform windows = Platform.simulated(Os.WINDOWS, Map.of("LOCALAPPDATA", "C:\\Users\\Tendai Moyo\\AppData\\Local", "EMPTY", " "),
                Map.of("user.home", "C:\\Users\\Tendai Moyo"));
        assertThat(windows.os()).isEqualTo(Os.WINDOWS);
        assertThat(windows.env("LOCALAPPDATA")).hasValue("C:\\Users\\Tendai Moyo\\AppData\\Local");
        assertThat(windows.env("EMPTY")).as("blank counts as unset").isEmpty();
        assertThat(windows.env("PATH")).isEmpty();
        assertThat(windows.runningAsRoot()).as("Windows has no uid 0").isFalse();
    }

    @Test
    void fileDialogsStartInTheUsersDocumentsOrHome(@TempDir Path home) throws Exception {
        Path user = Files.createDirectories(home.resolve("Tendai Moyo"));
        Platform p = Platform.simulated(Os.WINDOWS, Map.of(), Map.of("user.home", user.toString()));
        assertThat(p.documentsFolder()).isEqualTo(user);
        Files.createDirectories(user.resolve("Documents"));
        assertThat(p.documentsFolder()).isEqualTo(user.resolve("Documents"));
    }
}
