package org.smilefactory.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.testsupport.Hubs;

/** --backup, --list-backups and --restore on a real embedded hub's data folder, as the launchers run them. */
class BackupCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void backsUpListsAndRestoresAStoppedHub() throws Exception {
        String adminEmail = Hubs.uniqueEmail("admin");
        String kept;
        String later;
        try (Backend hub = Backends.embedded(dataDir)) {
            Session admin = hub.completeSetup(Hubs.setup(adminEmail));
            kept = Hubs.member(hub, admin, Role.USER, "Kept", "Member").member().email();
        }

        assertThat(run("--backup", "--data-dir", dataDir.toString()).code).isZero();
        List<Path> backups;
        try (var files = Files.list(dataDir.resolve("backups"))) {
            backups = files.toList();
        }
        assertThat(backups).hasSize(1);
        Result list = run("--list-backups", "--data-dir=" + dataDir);
        assertThat(list.out).contains(backups.get(0).getFileName().toString());

        try (Backend hub = Backends.embedded(dataDir)) {
            Session admin = hub.signIn(adminEmail, Hubs.ADMIN_PASSWORD);
            later = Hubs.member(hub, admin, Role.USER, "Added", "Later").member().email();
        }

        Result restore = run("--restore", backups.get(0).getFileName().toString(), "--data-dir", dataDir.toString());
        assertThat(restore.code).as(restore.err).isZero();
        assertThat(restore.out).contains("before-restore");

        try (Backend hub = Backends.embedded(dataDir)) {
            assertThat(hub.signIn(kept, Hubs.MEMBER_PASSWORD).member().email()).isEqualTo(kept);
            // the member added after the backup is gone with the restore
            assertThatThrownBy(() -> hub.signIn(later, Hubs.MEMBER_PASSWORD)).isInstanceOf(UnauthenticatedException.class);
        }
    }

    @Test
    void refusesToRunWhileTheHubIsOpen() {
        try (Backend open = Backends.embedded(dataDir)) {
            Result r = run("--backup", "--data-dir", dataDir.toString());
            assertThat(r.code).isEqualTo(1);
            assertThat(r.err).contains("already open");
        }
    }

    @Test
    void badArgumentsAreExplained() {
        assertThat(BackupCommand.wanted(new String[] {"--kiosk", "x"})).isFalse();
        assertThat(BackupCommand.wanted(new String[] {"--restore=a.zip"})).isTrue();
        assertThat(run("--restore").code).isEqualTo(2);
        assertThatThrownBy(() -> BackupCommand.parse(new String[] {"--backup", "--list-backups"}, dataDir))
                .hasMessageContaining("one of");
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BackupCommand.run(args, dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
