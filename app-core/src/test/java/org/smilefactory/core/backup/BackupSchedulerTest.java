package org.smilefactory.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;

/** When automatic backups run, and how their settings are read. */
class BackupSchedulerTest {

    @TempDir
    Path files;

    @Test
    void aBackupIsDueWhenThereIsNoneOrTheLastIsAPeriodOld() {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        Duration daily = Duration.ofDays(1);
        assertThat(BackupScheduler.isDue(Optional.empty(), now, daily)).isTrue();
        assertThat(BackupScheduler.isDue(Optional.of(now.minus(Duration.ofHours(23))), now, daily)).isFalse();
        assertThat(BackupScheduler.isDue(Optional.of(now.minus(daily)), now, daily)).isTrue();
        assertThat(BackupScheduler.isDue(Optional.empty(), now, Duration.ZERO)).isFalse();
    }

    @Test
    void backsUpOnlyWhenDueAndPrunesToKeep() throws Exception {
        try (LocalBackend backend = (LocalBackend) Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()),
                "postgres", "", 2, files)) {
            backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
            Instant[] now = {Instant.parse("2026-12-07T12:00:00Z")};
            Clock clock = new Clock() {
                @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
                @Override public Clock withZone(java.time.ZoneId zone) { return this; }
                @Override public Instant instant() { return now[0]; }
            };
            Backups backups = new Backups(backend.context().dataSource(), files.resolve("backups"), files.resolve("media"),
                    clock, new BackupSettings(Duration.ofDays(1), 2, Duration.ofHours(1), true));
            BackupScheduler scheduler = BackupScheduler.start(backups, clock).orElseThrow();
            // The timer's first check is an hour away and the scheduler closes at once: with a first check of
            // zero the timer's own backup could win the race with the first backUpIfDue below.
            scheduler.close();
            assertThat(scheduler.backUpIfDue()).isTrue();
            now[0] = now[0].plus(Duration.ofHours(5));
            assertThat(scheduler.backUpIfDue()).isFalse();
            for (int day = 1; day <= 3; day++) {
                now[0] = now[0].plus(Duration.ofDays(1));
                assertThat(scheduler.backUpIfDue()).isTrue();
            }
            try (var listing = Files.list(files.resolve("backups"))) {
                assertThat(listing.count()).isEqualTo(2);
            }
            assertThat(backups.lastBackupAt()).contains(now[0]);
        }
    }

    @Test
    void settingsComeFromPropertiesWithDefaults() {
        BackupSettings defaults = BackupSettings.from(key -> null, true);
        assertThat(defaults.interval()).isEqualTo(Duration.ofDays(1));
        assertThat(defaults.keep()).isEqualTo(7);
        BackupSettings set = BackupSettings.from(Map.of("smilefactory.backup.interval", "PT6H",
                "smilefactory.backup.keep", "30", "smilefactory.backup.first-check", "0")::get, false);
        assertThat(set.interval()).isEqualTo(Duration.ofHours(6));
        assertThat(set.keep()).isEqualTo(30);
        assertThat(set.firstCheck()).isZero();
        assertThat(set.restoreInApp()).isFalse();
        assertThat(BackupSettings.from(Map.of("smilefactory.backup.interval", "0")::get, true).interval()).isZero();
    }
}
