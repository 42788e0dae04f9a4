package org.smilefactory.core.api.backup;

import java.time.Duration;
import java.util.List;

/**
 * The backups of this hub. {@code available} is false when this backend does not take backups
 * (direct mode); {@code restoreInApp} is false where restore is a command-line action (the server).
 * {@code interval} is how often automatic backups run ({@link Duration#ZERO}: never); {@code keep}
 * how many are kept. {@code backups} newest first.
 */
public record BackupOverview(boolean available, boolean restoreInApp, String folder, int keep, Duration interval,
                             List<BackupInfo> backups) {

    public BackupOverview {
        backups = List.copyOf(backups);
    }
}
