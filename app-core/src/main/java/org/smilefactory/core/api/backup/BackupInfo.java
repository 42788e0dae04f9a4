package org.smilefactory.core.api.backup;

import java.time.Instant;

/**
 * One backup file: its name in the backups folder, when its snapshot was taken, its size on disk, and
 * what it holds (table rows, media files, the schema version it was taken at).
 */
public record BackupInfo(String name, Instant createdAt, long sizeBytes, long rows, int mediaFiles,
                         String schemaVersion) {
}
