package org.smilefactory.core.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic backups: {@link BackupSettings#firstCheck()} after the hub opens, and then every hour (or
 * every interval, if shorter), a backup is taken when the newest one is older than
 * {@link BackupSettings#interval()}. A desktop that is open only now and then thus still gets its
 * daily backup soon after it opens, without a backup at every start.
 */
public final class BackupScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackupScheduler.class);
    private static final Duration MAX_CHECK_PERIOD = Duration.ofHours(1);

    private final Backups backups;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    private BackupScheduler(Backups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "backup-scheduler");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    /** Starts checking; empty when the settings ask for no automatic backups. */
    public static Optional<BackupScheduler> start(Backups backups, Clock clock) {
        Duration interval = backups.settings().interval();
        if (interval.isZero()) {
            return Optional.empty();
        }
        BackupScheduler scheduler = new BackupScheduler(backups, clock);
        long period = Math.max(1000, Math.min(interval.toMillis(), MAX_CHECK_PERIOD.toMillis()));
        scheduler.timer.scheduleWithFixedDelay(scheduler::checkQuietly, backups.settings().firstCheck().toMillis(), period,
                TimeUnit.MILLISECONDS);
        return Optional.of(scheduler);
    }

    /** Takes a backup if one is due; true when it did. */
    boolean backUpIfDue() {
        if (!isDue(backups.lastBackupAt(), clock.instant(), backups.settings().interval())) {
            return false;
        }
        log.info("Automatic backup: the last one is older than {}", backups.settings().interval());
        backups.backUp(null);
        return true;
    }

    static boolean isDue(Optional<Instant> last, Instant now, Duration interval) {
        return !interval.isZero() && last.map(at -> !at.plus(interval).isAfter(now)).orElse(true);
    }

    private void checkQuietly() {
        try {
            backUpIfDue();
        } catch (RuntimeException e) {
            // a full disk or a busy manual backup: try again at the next check
            log.warn("Automatic backup failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            // A backup being written stops at its next write; its temporary file is removed next time.
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
