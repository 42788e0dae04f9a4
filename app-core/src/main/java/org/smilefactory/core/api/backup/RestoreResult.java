package org.smilefactory.core.api.backup;

import java.time.Duration;

/**
 * A finished restore: the backup that was restored, the rows it put back, and the backup of the
 * state before it ({@code safetyBackup}, empty when none was taken), from which the restore can be undone.
 */
public record RestoreResult(String name, long rows, String safetyBackup, Duration elapsed) {
}
