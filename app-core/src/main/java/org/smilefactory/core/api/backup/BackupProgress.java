package org.smilefactory.core.api.backup;

/** Progress of a backup or restore: {@code done} of {@code total} steps, and what is happening now. */
public record BackupProgress(long done, long total, String step) {

    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}
